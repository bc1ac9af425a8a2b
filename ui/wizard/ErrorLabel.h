#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace mw {

// An error line on a wizard page: a red that stays readable on light and dark
// palettes, set through the palette (no custom painting), word-wrapped.
inline void makeErrorLabel(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setWordWrap(true);
}

} // namespace mw

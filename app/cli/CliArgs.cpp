#include "cli/CliArgs.h"

#include "cli/CliText.h"

namespace mw::cli {

bool CliArgs::parse(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            m_positional += arguments.mid(i + 1);
            return true;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            m_positional << arg;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        const auto it = m_arity.constFind(arg.mid(2));
        if (it == m_arity.constEnd()) {
            m_error = CliText::tr("unknown option %1").arg(arg);
            return false;
        }
        QStringList &slot = m_values[it.key()];
        switch (*it) {
        case Arity::Flag:
            if (hasInline) {
                m_error = CliText::tr("%1 takes no value").arg(arg);
                return false;
            }
            slot << QString();
            break;
        case Arity::One:
            if (hasInline) {
                slot = { inlineValue };
            } else if (i + 1 < arguments.size()) {
                slot = { arguments.at(++i) };
            } else {
                m_error = CliText::tr("%1 needs a value").arg(arg);
                return false;
            }
            break;
        case Arity::Many: {
            const qsizetype before = slot.size();
            if (hasInline)
                slot << inlineValue;
            while (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--")))
                slot << arguments.at(++i);
            if (slot.size() == before) {
                m_error = CliText::tr("%1 needs at least one value").arg(arg);
                return false;
            }
            break;
        }
        }
    }
    return true;
}

} // namespace mw::cli

#include "wizard/CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mw {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(
    const CertificateInfo &certificate, const QList<Endpoint> &servers, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
    , m_servers(servers)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate not trusted"));
    setModal(true);

    QStringList names;
    for (const Endpoint &server : servers)
        names << QStringLiteral("%1:%2").arg(server.host).arg(server.port);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *intro = new QLabel(
        tr("The mail server identified itself with a certificate that could not be verified. "
           "Someone may be pretending to be your mail server. Only trust it if you know why "
           "it is not verified, for example because your organisation uses its own "
           "certificates."),
        this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);

    const QLocale locale;
    auto *form = new QFormLayout;
    auto *serverList = valueLabel(names.join(QLatin1Char('\n')), this);
    serverList->setObjectName(QStringLiteral("servers"));
    form->addRow(tr("Server:"), serverList);
    form->addRow(tr("Issued to:"), valueLabel(certificate.subject, this));
    form->addRow(tr("Issued by:"), valueLabel(certificate.issuer, this));
    auto when = [&locale](const QDateTime &time) {
        const QDateTime local = time.toLocalTime();
        return locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
            + locale.toString(local.time(), QLocale::ShortFormat);
    };
    form->addRow(tr("Valid from:"), valueLabel(when(certificate.notBefore), this));
    form->addRow(tr("Valid until:"), valueLabel(when(certificate.notAfter), this));
    // 32 bytes as two lines of 16, so the dialog stays narrow.
    QString hex = certificate.sha256Hex();
    if (hex.size() > 48)
        hex[47] = QLatin1Char('\n');
    auto *fingerprint = valueLabel(hex, this);
    fingerprint->setWordWrap(false);
    fingerprint->setObjectName(QStringLiteral("sha256"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fingerprint->setFont(mono);
    form->addRow(tr("SHA-256:"), fingerprint);
    auto *why = valueLabel(certificate.problems.join(QLatin1Char('\n')), this);
    why->setObjectName(QStringLiteral("problems"));
    form->addRow(tr("Why it is not trusted:"), why);

    auto *buttons = new QDialogButtonBox(this);
    m_goBack = buttons->addButton(tr("&Go back (recommended)"), QDialogButtonBox::RejectRole);
    m_goBack->setObjectName(QStringLiteral("goBackButton"));
    m_trust = buttons->addButton(
        tr("&Trust this certificate for this account"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_goBack->setDefault(true);
    m_goBack->setAutoDefault(true);
    m_trust->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_goBack->setFocus();
}

} // namespace mw

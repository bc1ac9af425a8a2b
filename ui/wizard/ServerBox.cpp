#include "wizard/ServerBox.h"

#include "discovery/ProviderRecord.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace mw {

bool isOffDomain(const QString &host, const QString &asciiDomain)
{
    const QString h = host.toLower();
    const QString d = asciiDomain.toLower();
    return !(h == d || h.endsWith(QLatin1Char('.') + d));
}

ServerBox::ServerBox(Protocol protocol, const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_protocol(protocol)
{
    const QString prefix
        = protocol == Protocol::Smtp ? QStringLiteral("smtp") : QStringLiteral("pop3");
    setObjectName(prefix + QStringLiteral("Box"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(prefix + QStringLiteral("Host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(prefix + QStringLiteral("Port"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_security = new QComboBox(this);
    m_security->setObjectName(prefix + QStringLiteral("Security"));
    m_security->addItem(tr("SSL/TLS"), int(SecurityMode::Ssl));
    m_security->addItem(tr("STARTTLS"), int(SecurityMode::StartTls));
    m_security->addItem(tr("None (unencrypted)"), int(SecurityMode::Plain));
    m_user = new QLineEdit(this);
    m_user->setObjectName(prefix + QStringLiteral("User"));
    m_origin = new QLabel(this);
    m_origin->setObjectName(prefix + QStringLiteral("Origin"));
    m_origin->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Encr&yption:"), m_security);
    form->addRow(tr("User na&me:"), m_user);
    form->addRow(m_origin);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_security);
    setTabOrder(m_security, m_user);

    connect(m_host, &QLineEdit::textEdited, this, &ServerBox::onEdited);
    connect(m_user, &QLineEdit::textEdited, this, &ServerBox::onEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerBox::onEdited);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerBox::onSecurityChanged);
    connect(this, &QGroupBox::toggled, this, &ServerBox::changed);
}

QWidget *ServerBox::lastWidget() const
{
    return m_user;
}

void ServerBox::setChoice(const ServerChoice &choice)
{
    m_filling = true;
    m_choice = choice;
    m_host->setText(choice.config.host);
    m_port->setValue(
        choice.config.port ? choice.config.port : defaultPort(m_protocol, choice.config.security));
    m_security->setCurrentIndex(m_security->findData(int(choice.config.security)));
    m_lastSecurity = choice.config.security;
    m_user->setText(choice.config.username);
    if (isCheckable())
        setChecked(choice.enabled);
    m_filling = false;
    updateOrigin();
}

ServerChoice ServerBox::choice() const
{
    ServerChoice c = m_choice;
    c.enabled = !isCheckable() || isChecked();
    c.config.protocol = m_protocol;
    c.config.host = m_host->text().trimmed();
    c.config.port = quint16(m_port->value());
    c.config.security = SecurityMode(m_security->currentData().toInt());
    c.config.username = m_user->text().trimmed();
    return c;
}

void ServerBox::onEdited()
{
    if (m_filling)
        return;
    m_choice.editedByUser = true;
    updateOrigin();
    emit changed();
}

void ServerBox::onSecurityChanged()
{
    if (m_filling)
        return;
    const auto mode = SecurityMode(m_security->currentData().toInt());
    if (m_port->value() == defaultPort(m_protocol, m_lastSecurity)) {
        const QSignalBlocker block(m_port); // the port follows the usual one for the mode
        m_port->setValue(defaultPort(m_protocol, mode));
    }
    m_lastSecurity = mode;
    onEdited();
}

void ServerBox::updateOrigin()
{
    if (m_choice.editedByUser) {
        m_origin->setText(tr("Entered by you."));
        return;
    }
    const QString from = sourceDescription(m_choice.config.source);
    m_origin->setText(m_choice.config.trust == Trust::Trusted
            ? tr("Source: %1 (trusted).").arg(from)
            : tr("Source: %1 (not confirmed by the domain).").arg(from));
}

bool ServerBox::isValid() const
{
    if (isCheckable() && !isChecked())
        return true;
    const QString host = m_host->text().trimmed();
    return (isPlausibleHostName(host) || !QHostAddress(host).isNull())
        && !m_user->text().trimmed().isEmpty();
}

bool ServerBox::isPlaintext() const
{
    return (!isCheckable() || isChecked())
        && SecurityMode(m_security->currentData().toInt()) == SecurityMode::Plain;
}

bool ServerBox::needsConfirmation(const QString &asciiDomain) const
{
    if ((isCheckable() && !isChecked()) || m_choice.editedByUser)
        return false;
    if (m_choice.config.trust != Trust::Trusted)
        return true;
    // The provider files vouch for hosts outside the domain (a custom domain at
    // a mail host); other sources do not.
    const bool vouched = m_choice.config.source == ConfigSource::Bundled
        || m_choice.config.source == ConfigSource::UserFile;
    return !vouched && isOffDomain(m_choice.config.host, asciiDomain);
}

} // namespace mw

#include "compose/ComposerWindow.h"

#include "account/AccountStore.h"
#include "compose/AddressField.h"
#include "compose/AttachmentPanel.h"
#include "compose/SendStatusPanel.h"
#include "outbox/DraftStore.h"
#include "outbox/Outbox.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTextListFormat>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mw {

namespace {

constexpr int kSmtpMaxSizeRole = Qt::UserRole + 1; // on the From items; Qt::UserRole is the id

// Local files among dropped URLs; empty if anything else is in the drop.
QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        files << url.toLocalFile();
    }
    return files;
}

// The entries of a To/Cc/Bcc text that parse, for saving a draft that is
// still being written.
QList<Mailbox> goodEntries(const QString &text)
{
    QList<Mailbox> good;
    QString current;
    bool quoted = false;
    auto flush = [&] {
        if (std::optional<Mailbox> mailbox = Mailbox::parse(current.trimmed()))
            good << *mailbox;
        current.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char(';')))
            flush();
        else
            current += c;
    }
    flush();
    return good;
}

} // namespace

ComposerWindow::ComposerWindow(Outbox *outbox, Sender *sender, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_outbox(outbox)
    , m_sender(sender)
{
    setObjectName(QStringLiteral("composer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    m_history.load();

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromBox"));
    m_to = new AddressField(this);
    m_to->setObjectName(QStringLiteral("toField"));
    m_to->setPlaceholderText(tr("name@example.com, Name <name@example.com>"));
    m_cc = new AddressField(this);
    m_cc->setObjectName(QStringLiteral("ccField"));
    m_bcc = new AddressField(this);
    m_bcc->setObjectName(QStringLiteral("bccField"));
    for (AddressField *field : { m_to, m_cc, m_bcc })
        field->setHistory(&m_history);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Cc:"), m_cc);
    form->addRow(tr("Bcc:"), m_bcc);
    form->addRow(tr("Subject:"), m_subject);
    layout->addLayout(form);

    auto *bar = new QHBoxLayout;
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_rich = new QCheckBox(tr("Rich text"), this);
    m_rich->setObjectName(QStringLiteral("richTextBox"));
    m_rich->setToolTip(tr("Bold, italic and lists; sent as HTML with a plain-text copy."));
    m_format = new QToolBar(this);
    QAction *bold = m_format->addAction(tr("Bold"));
    bold->setCheckable(true);
    QAction *italic = m_format->addAction(tr("Italic"));
    italic->setCheckable(true);
    QAction *list = m_format->addAction(tr("List"));
    m_format->hide();
    bar->addWidget(m_send);
    bar->addSpacing(12);
    bar->addWidget(m_rich);
    bar->addWidget(m_format);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_body = new QTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAcceptRichText(false);
    m_body->viewport()->installEventFilter(this);
    layout->addWidget(m_body, 1);

    m_attachments = new AttachmentPanel(this);
    layout->addWidget(m_attachments);
    m_status = new SendStatusPanel(this);
    layout->addWidget(m_status);
    m_status->hide();

    m_autoSave = new QTimer(this);
    m_autoSave->setInterval(5000);
    connect(m_autoSave, &QTimer::timeout, this, &ComposerWindow::autoSave);
    m_autoSave->start();

    connect(m_send, &QPushButton::clicked, this, [this] {
        QString error;
        if (!send(&error))
            showError(error);
    });
    connect(m_rich, &QCheckBox::toggled, this, &ComposerWindow::setRichText);
    connect(bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_body->mergeCurrentCharFormat(format);
    });
    connect(italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_body->mergeCurrentCharFormat(format);
    });
    connect(list, &QAction::triggered, this,
        [this] { m_body->textCursor().createList(QTextListFormat::ListDisc); });
    for (QLineEdit *edit : { static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
             static_cast<QLineEdit *>(m_bcc), m_subject })
        connect(edit, &QLineEdit::textChanged, this, &ComposerWindow::markDirty);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
    connect(m_body, &QTextEdit::textChanged, this, &ComposerWindow::markDirty);
    connect(m_attachments, &AttachmentPanel::changed, this, &ComposerWindow::markDirty);
    connect(m_status, &SendStatusPanel::cancelRequested, this, [this] {
        if (!m_entryId.isEmpty())
            m_sender->cancel(m_entryId);
    });
    connect(m_sender, &Sender::progress, this, &ComposerWindow::onProgress);
    connect(m_sender, &Sender::finished, this, &ComposerWindow::onFinished);

    // The From account's SIZE (RFC 1870), as its last verification saw it.
    connect(m_from, &QComboBox::currentIndexChanged, this,
        [this] { setServerSizeLimit(m_from->currentData(kSmtpMaxSizeRole).toLongLong()); });
    loadAccounts();
    updateTitle();
    m_dirty = false;
    resize(720, 600);
}

ComposerWindow::~ComposerWindow() = default;

void ComposerWindow::loadAccounts()
{
    m_from->clear();
    AccountStore store;
    store.load();
    for (const Account &account : store.accounts()) {
        const QString name = account.identity.senderName;
        m_from->addItem(name.isEmpty()
                ? account.email.toString()
                : QStringLiteral("%1 <%2>").arg(name, account.email.toString()),
            account.id);
        m_from->setItemData(m_from->count() - 1, account.smtpMaxSize, kSmtpMaxSizeRole);
    }
    setServerSizeLimit(m_from->currentData(kSmtpMaxSizeRole).toLongLong());
}

void ComposerWindow::setDraft(const MessageDraft &draft, const QString &accountId)
{
    m_loading = true;
    if (!accountId.isEmpty() && m_from->findData(accountId) >= 0)
        m_from->setCurrentIndex(m_from->findData(accountId));
    m_to->setMailboxes(draft.to);
    m_cc->setMailboxes(draft.cc);
    m_bcc->setMailboxes(draft.bcc);
    m_subject->setText(draft.subject);
    if (!draft.htmlBody.isEmpty()) {
        m_rich->setChecked(true);
        m_body->setHtml(draft.htmlBody);
    } else {
        m_rich->setChecked(false);
        m_body->setPlainText(draft.textBody);
    }
    m_attachments->setAttachments(draft.attachments);
    m_loading = false;
    m_dirty = false;
}

bool ComposerWindow::loadDraft(const QString &draftId, QString *error)
{
    const std::optional<StoredDraft> stored = DraftStore().load(draftId, error);
    if (!stored)
        return false;
    m_draftId = stored->id;
    QString accountId = stored->accountName;
    AccountStore store;
    store.load();
    if (const std::optional<Account> account = store.find(stored->accountName))
        accountId = account->id;
    setDraft(stored->draft, accountId);
    return true;
}

std::optional<MessageDraft> ComposerWindow::buildDraft(QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<MessageDraft> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    AccountStore store;
    store.load();
    const std::optional<Account> account = store.byId(m_from->currentData().toString());
    if (!account)
        return fail(tr("Choose the account to send from (add one first if there is none)."));

    MessageDraft draft;
    QString problem;
    draft.from = Mailbox::create(account->identity.senderName, account->email, &problem);
    if (!draft.from)
        return fail(problem);
    const struct {
        AddressField *field;
        QList<Mailbox> *list;
        QString label;
    } fields[] = { { m_to, &draft.to, tr("To") }, { m_cc, &draft.cc, tr("Cc") },
        { m_bcc, &draft.bcc, tr("Bcc") } };
    for (const auto &one : fields) {
        const std::optional<QList<Mailbox>> parsed = one.field->mailboxes(&problem);
        if (!parsed)
            return fail(tr("%1: %2").arg(one.label, problem));
        *one.list = *parsed;
    }
    if (draft.to.isEmpty() && draft.cc.isEmpty() && draft.bcc.isEmpty())
        return fail(tr("Add at least one recipient."));
    draft.subject = m_subject->text();
    draft.textBody = m_body->toPlainText();
    if (m_rich->isChecked())
        draft.htmlBody = m_body->toHtml();
    draft.attachments = m_attachments->attachments();
    if (!account->identity.replyTo.isEmpty()) {
        if (std::optional<Mailbox> replyTo = Mailbox::parse(account->identity.replyTo))
            draft.replyTo << *replyTo;
    }
    const DraftError invalid = draft.validate();
    if (invalid.isError())
        return fail(invalid.text);
    return draft;
}

bool ComposerWindow::send(QString *error)
{
    if (!m_entryId.isEmpty()) {
        if (error)
            *error = tr("This message is already in the outbox.");
        return false;
    }
    const std::optional<MessageDraft> draft = buildDraft(error);
    if (!draft)
        return false;
    // Durable first: the message is on disk before the first byte leaves.
    const std::optional<OutboxEntry> entry
        = m_outbox->enqueue(m_from->currentData().toString(), *draft, error);
    if (!entry)
        return false;
    m_entryId = entry->id;
    m_autoSave->stop();
    if (!m_draftId.isEmpty()) {
        DraftStore().remove(m_draftId);
        m_draftId.clear();
        emit draftsChanged();
    }
    m_dirty = false;
    m_error->hide();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_from, m_to, m_cc, m_bcc, m_subject, m_rich, m_format, m_attachments, m_send })
        w->setEnabled(false);
    m_body->setReadOnly(true);
    m_status->start(entry->size);
    m_sender->send(m_entryId);
    return true;
}

void ComposerWindow::onProgress(const QString &id, qint64 sent, qint64 total)
{
    if (id == m_entryId)
        m_status->setProgress(sent, total);
}

void ComposerWindow::onFinished(const QString &id, const OutboxSendResult &result)
{
    if (id != m_entryId)
        return;
    m_status->showResult(result);
    if (!result.accepted.isEmpty()) {
        m_history.load();
        m_history.add(result.accepted);
        m_history.save();
    }
    emit sendFinished(result);
}

bool ComposerWindow::saveDraft(QString *error)
{
    StoredDraft stored;
    stored.id = m_draftId;
    stored.accountName = m_from->currentData().toString();
    stored.draft = lenientDraft();
    DraftStore drafts;
    if (!drafts.save(&stored, error))
        return false;
    const bool isNew = m_draftId.isEmpty();
    m_draftId = stored.id;
    m_dirty = false;
    if (isNew)
        emit draftsChanged();
    return true;
}

MessageDraft ComposerWindow::lenientDraft() const
{
    MessageDraft draft;
    draft.to = goodEntries(m_to->text());
    draft.cc = goodEntries(m_cc->text());
    draft.bcc = goodEntries(m_bcc->text());
    draft.subject = m_subject->text();
    draft.textBody = m_body->toPlainText();
    if (m_rich->isChecked())
        draft.htmlBody = m_body->toHtml();
    draft.attachments = m_attachments->attachments();
    return draft;
}

bool ComposerWindow::hasContent() const
{
    return !m_to->text().trimmed().isEmpty() || !m_cc->text().trimmed().isEmpty()
        || !m_bcc->text().trimmed().isEmpty() || !m_subject->text().trimmed().isEmpty()
        || !m_body->toPlainText().trimmed().isEmpty() || !m_attachments->attachments().isEmpty();
}

void ComposerWindow::setAutoSaveInterval(int ms)
{
    m_autoSave->setInterval(ms);
}

void ComposerWindow::setServerSizeLimit(qint64 bytes)
{
    m_attachments->setSizeLimit(bytes);
}

void ComposerWindow::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

void ComposerWindow::autoSave()
{
    if (!m_dirty || !m_entryId.isEmpty() || !hasContent())
        return;
    QString error;
    if (!saveDraft(&error))
        showError(tr("The draft could not be saved: %1").arg(error));
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (m_entryId.isEmpty() && m_dirty && hasContent()) {
        QString error;
        if (!saveDraft(&error)) {
            showError(tr("The draft could not be saved: %1").arg(error));
            event->ignore();
            return;
        }
    }
    event->accept();
}

void ComposerWindow::setRichText(bool on)
{
    m_body->setAcceptRichText(on);
    m_format->setVisible(on);
    if (!on && !m_loading) {
        // Back to plain text: drop the formatting, keep the words.
        const QString text = m_body->toPlainText();
        m_body->setPlainText(text);
    }
}

void ComposerWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("New message") : tr("Compose: %1").arg(subject));
}

bool ComposerWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on the body become attachments instead of text.
    if (watched == m_body->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!droppedFiles(drag->mimeData()).isEmpty() && m_entryId.isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList files = droppedFiles(drop->mimeData());
            if (!files.isEmpty() && m_entryId.isEmpty()) {
                showError(m_attachments->addFiles(files));
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty() && m_entryId.isEmpty())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty() || !m_entryId.isEmpty())
        return;
    showError(m_attachments->addFiles(files));
    event->acceptProposedAction();
}

} // namespace mw

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mw::AccountError</name>
    <message>
        <source>cannot read the account file %1: %2</source>
        <translation />
    </message>
    <message>
        <source>the account file %1 is damaged (%2); it could not be moved aside, so it is left as it is and will not be overwritten</source>
        <translation />
    </message>
    <message>
        <source>the account file %1 is damaged (%2); it was moved to %3 and Mailwright starts without accounts</source>
        <translation />
    </message>
    <message>
        <source>the account file %1 was written by a newer version of Mailwright (%2); it was left untouched</source>
        <translation />
    </message>
    <message>
        <source>cannot save the account file %1: %2; the previous file is unchanged</source>
        <translation />
    </message>
    <message>
        <source>the account file %1 was changed by another program while this one was using it; nothing was saved</source>
        <translation />
    </message>
    <message>
        <source>the account file %1 is being saved by another Mailwright; nothing was saved</source>
        <translation />
    </message>
    <message>
        <source>the account file %1 could not be loaded, so it will not be overwritten</source>
        <translation />
    </message>
    <message>
        <source>no account named "%1"</source>
        <translation />
    </message>
    <message>
        <source>"%1" names more than one account; use the address or the id</source>
        <translation />
    </message>
    <message>
        <source>there is already an account for %1</source>
        <translation />
    </message>
    <message>
        <source>invalid account data: %1</source>
        <translation />
    </message>
    <message>
        <source>Add the accounts again, or repair the moved file and put it back.</source>
        <translation />
    </message>
    <message>
        <source>Use the newer Mailwright, or move the file away to start afresh with this one.</source>
        <translation />
    </message>
    <message>
        <source>Check the permissions of the file and its folder, and the free disk space.</source>
        <translation />
    </message>
    <message>
        <source>Try again.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::AccountTargetResolver</name>
    <message>
        <source>The account %1 has no outgoing (SMTP) server.</source>
        <translation />
    </message>
    <message>
        <source>Refusing to send a password without encryption: the account %1 uses no encryption and was not allowed to.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::AccountWizard</name>
    <message>
        <source>Add Mail Account</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::AddressHistory</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The address history %1 is damaged; starting empty.</source>
        <translation />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::AttachmentPanel</name>
    <message>
        <source>Attach files…</source>
        <translation />
    </message>
    <message>
        <source>Remove</source>
        <translation />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation />
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>No attachments. Drop files here to attach them.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n attachment, %1 in total</numerusform>
            <numerusform>%n attachments, %1 in total</numerusform>
        </translation>
    </message>
    <message>
        <source>With the attachments the message is about %1, more than the %2 this server accepts. It will probably be refused.</source>
        <translation />
    </message>
    <message>
        <source>Attach files</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::AuthHelperDialog</name>
    <message>
        <source>AUTH helper</source>
        <translation />
    </message>
    <message>
        <source>Mailwright encodes the credentials (base64) and sends them. The log shows &lt;redacted&gt; in their place.</source>
        <translation />
    </message>
    <message>
        <source>Mechanism:</source>
        <translation />
    </message>
    <message>
        <source>User name:</source>
        <translation />
    </message>
    <message>
        <source>Password or authorization code:</source>
        <translation />
    </message>
    <message>
        <source>Authenticate</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::AutoconfigFetcher</name>
    <message>
        <source>refused a redirect to %1</source>
        <translation />
    </message>
    <message>
        <source>the file is larger than the limit</source>
        <translation />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation />
    </message>
    <message>
        <source>no file there (HTTP %1)</source>
        <translation />
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation />
    </message>
    <message>
        <source>The mail server identified itself with a certificate that could not be verified. Someone may be pretending to be your mail server. Only trust it if you know why it is not verified, for example because your organisation uses its own certificates.</source>
        <translation />
    </message>
    <message>
        <source>Server:</source>
        <translation />
    </message>
    <message>
        <source>Issued to:</source>
        <translation />
    </message>
    <message>
        <source>Issued by:</source>
        <translation />
    </message>
    <message>
        <source>Valid from:</source>
        <translation />
    </message>
    <message>
        <source>Valid until:</source>
        <translation />
    </message>
    <message>
        <source>SHA-256:</source>
        <translation />
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Go back (recommended)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::ComposerWindow</name>
    <message>
        <source>name@example.com, Name &lt;name@example.com&gt;</source>
        <translation />
    </message>
    <message>
        <source>From:</source>
        <translation />
    </message>
    <message>
        <source>To:</source>
        <translation />
    </message>
    <message>
        <source>Cc:</source>
        <translation />
    </message>
    <message>
        <source>Bcc:</source>
        <translation />
    </message>
    <message>
        <source>Subject:</source>
        <translation />
    </message>
    <message>
        <source>Send</source>
        <translation />
    </message>
    <message>
        <source>Rich text</source>
        <translation />
    </message>
    <message>
        <source>Bold, italic and lists; sent as HTML with a plain-text copy.</source>
        <translation />
    </message>
    <message>
        <source>Bold</source>
        <translation />
    </message>
    <message>
        <source>Italic</source>
        <translation />
    </message>
    <message>
        <source>List</source>
        <translation />
    </message>
    <message>
        <source>Choose the account to send from (add one first if there is none).</source>
        <translation />
    </message>
    <message>
        <source>To</source>
        <translation />
    </message>
    <message>
        <source>Cc</source>
        <translation />
    </message>
    <message>
        <source>Bcc</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation />
    </message>
    <message>
        <source>This message is already in the outbox.</source>
        <translation />
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation />
    </message>
    <message>
        <source>New message</source>
        <translation />
    </message>
    <message>
        <source>Compose: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::ConsoleSession</name>
    <message>
        <source>The server name was not found.</source>
        <translation />
    </message>
    <message>
        <source>The server refused the connection: nothing listens on that port.</source>
        <translation />
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation />
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation />
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation />
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation />
    </message>
    <message>
        <source>The server's certificate is not trusted.</source>
        <translation />
    </message>
    <message>
        <source>The server sent data across the TLS upgrade; the connection was closed for safety.</source>
        <translation />
    </message>
    <message>
        <source>The server sent data that is not a valid line of text.</source>
        <translation />
    </message>
    <message>
        <source>The connection failed.</source>
        <translation />
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation />
    </message>
    <message>
        <source>Disconnected.</source>
        <translation />
    </message>
    <message>
        <source>Not connected.</source>
        <translation />
    </message>
    <message>
        <source>A command must be one line, without line breaks or NUL characters.</source>
        <translation />
    </message>
    <message>
        <source>Wait until the AUTH helper has finished.</source>
        <translation />
    </message>
    <message>
        <source>The connection is already encrypted.</source>
        <translation />
    </message>
    <message>
        <source>An AUTH exchange is already in progress.</source>
        <translation />
    </message>
    <message>
        <source>Enter both the user name and the password.</source>
        <translation />
    </message>
    <message>
        <source>The user name and password cannot contain NUL characters.</source>
        <translation />
    </message>
    <message>
        <source>The connection is not encrypted, so the password would cross the network readable. Start TLS first.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Connected to %1:%2.</source>
        <translation />
    </message>
    <message>
        <source>TLS is on: %1</source>
        <translation />
    </message>
    <message>
        <source>Starting TLS …</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::DetectPage</name>
    <message>
        <source>Finding your server settings</source>
        <translation />
    </message>
    <message>
        <source>Mailwright asks the sources below, most reliable first.</source>
        <translation />
    </message>
    <message>
        <source>Source</source>
        <translation />
    </message>
    <message>
        <source>State</source>
        <translation />
    </message>
    <message>
        <source>Details</source>
        <translation />
    </message>
    <message>
        <source>waiting</source>
        <translation />
    </message>
    <message>
        <source>✓ found</source>
        <translation />
    </message>
    <message>
        <source>– nothing there</source>
        <translation />
    </message>
    <message>
        <source>✗ failed</source>
        <translation />
    </message>
    <message>
        <source>not used</source>
        <translation />
    </message>
    <message>
        <source>stopped</source>
        <translation />
    </message>
    <message>
        <source>&amp;Stop and use what was found</source>
        <translation />
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation />
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation />
    </message>
    <message>
        <source>at most %1 s left</source>
        <translation />
    </message>
    <message>
        <source>not in the provider list</source>
        <translation />
    </message>
    <message>
        <source>searching…</source>
        <translation />
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation />
    </message>
    <message>
        <source>Settings found (source: %1).</source>
        <translation />
    </message>
    <message>
        <source>The domain %1 could not be found in DNS. Check the address, or the network, or enter the settings by hand.</source>
        <translation />
    </message>
    <message>
        <source>No server settings were found for %1. Enter them by hand.</source>
        <translation />
    </message>
    <message>
        <source>Search stopped: you enter the settings yourself.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::Discovery</name>
    <message>
        <source>not in the provider list</source>
        <translation />
    </message>
    <message>
        <source>disabled</source>
        <translation />
    </message>
    <message>
        <source>the file lists no usable server</source>
        <translation />
    </message>
    <message>
        <source>no SRV records</source>
        <translation />
    </message>
    <message>
        <source>no server answered</source>
        <translation />
    </message>
    <message>
        <source>stopped at the deadline</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation />
    </message>
    <message>
        <source>Both servers accepted the settings. Press Finish to save the account.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Save the password in the system keychain</source>
        <translation />
    </message>
    <message>
        <source>Send a &amp;test message to myself</source>
        <translation />
    </message>
    <message>
        <source>Name:</source>
        <translation />
    </message>
    <message>
        <source>Address:</source>
        <translation />
    </message>
    <message>
        <source>%1, user %2</source>
        <translation />
    </message>
    <message>
        <source>Sending (SMTP):</source>
        <translation />
    </message>
    <message>
        <source>Receiving (POP3):</source>
        <translation />
    </message>
    <message>
        <source>Settings from:</source>
        <translation />
    </message>
    <message>
        <source>entered by you</source>
        <translation />
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation />
    </message>
    <message>
        <source>Nothing was saved. To add the account without keeping the password, untick “Save the password in the system keychain”; Mailwright will then ask for it when it is needed.</source>
        <translation />
    </message>
    <message>
        <source>Mailwright test message</source>
        <translation />
    </message>
    <message>
        <source>This message was sent by Mailwright to test the outgoing server of your new account. You can delete it.</source>
        <translation />
    </message>
    <message>
        <source>Sent. It should arrive in your inbox shortly.</source>
        <translation />
    </message>
    <message>
        <source>Sending…</source>
        <translation />
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::DraftStore</name>
    <message>
        <source>"%1" is not a draft name.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the draft %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The draft %1 is damaged or from a newer version.</source>
        <translation />
    </message>
    <message>
        <source>The draft %1 is damaged: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation />
    </message>
    <message>
        <source>Cannot delete the draft %1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::DraftsView</name>
    <message>
        <source>Subject</source>
        <translation />
    </message>
    <message>
        <source>To</source>
        <translation />
    </message>
    <message>
        <source>Saved</source>
        <translation />
    </message>
    <message>
        <source>Open</source>
        <translation />
    </message>
    <message>
        <source>Delete</source>
        <translation />
    </message>
    <message>
        <source>Delete draft</source>
        <translation />
    </message>
    <message>
        <source>(no subject)</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::DurableFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot sync the folder %1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::EmailAddress</name>
    <message>
        <source>the address contains an invalid character</source>
        <translation />
    </message>
    <message>
        <source>the address contains a line break</source>
        <translation />
    </message>
    <message>
        <source>the address contains a control character</source>
        <translation />
    </message>
    <message>
        <source>the address contains an invisible formatting character</source>
        <translation />
    </message>
    <message>
        <source>the part before @ is empty</source>
        <translation />
    </message>
    <message>
        <source>the part before @ contains the character "%1"</source>
        <translation />
    </message>
    <message>
        <source>the part before @ starts or ends with a dot</source>
        <translation />
    </message>
    <message>
        <source>the part before @ contains two dots in a row</source>
        <translation />
    </message>
    <message>
        <source>the part before @ is longer than 64 bytes</source>
        <translation />
    </message>
    <message>
        <source>the domain "%1" has an empty part between dots</source>
        <translation />
    </message>
    <message>
        <source>the domain "%1" contains the character "%2"</source>
        <translation />
    </message>
    <message>
        <source>the domain "%1" has a part that starts or ends with a hyphen</source>
        <translation />
    </message>
    <message>
        <source>the domain "%1" has a part longer than 63 bytes</source>
        <translation />
    </message>
    <message>
        <source>the part after @ is empty</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not a valid IP address in brackets</source>
        <translation />
    </message>
    <message>
        <source>the domain "%1" is not a valid internet domain</source>
        <translation />
    </message>
    <message>
        <source>the domain "%1" has no dot; mail domains look like example.com</source>
        <translation />
    </message>
    <message>
        <source>the domain "%1" ends in a number; write an IP address in brackets, like [%1]</source>
        <translation />
    </message>
    <message>
        <source>the domain "%1" is longer than 255 bytes</source>
        <translation />
    </message>
    <message>
        <source>the address is empty</source>
        <translation />
    </message>
    <message>
        <source>the address contains "&lt;" or "&gt;"; enter only the address itself</source>
        <translation />
    </message>
    <message>
        <source>the address contains a full-width "＠"; type the ASCII "@" instead</source>
        <translation />
    </message>
    <message>
        <source>the quotes in the part before @ are not closed</source>
        <translation />
    </message>
    <message>
        <source>the address contains a space</source>
        <translation />
    </message>
    <message>
        <source>the address has no @</source>
        <translation />
    </message>
    <message>
        <source>the address has more than one @</source>
        <translation />
    </message>
    <message>
        <source>the quoted text must be the whole part before @</source>
        <translation />
    </message>
    <message>
        <source>the address is longer than 254 bytes</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::EmlMessage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1: the header section is larger than 1 MiB</source>
        <translation />
    </message>
    <message>
        <source>%1 does not look like an email message (RFC 5322 header fields expected)</source>
        <translation />
    </message>
    <message>
        <source>%1: bad Bcc field: %2</source>
        <translation />
    </message>
    <message>
        <source>%1: bad %2 field: %3</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::Endpoint</name>
    <message>
        <source>unknown security "%1": use ssl, starttls or plain</source>
        <translation />
    </message>
    <message>
        <source>missing ']' after the IPv6 address</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not an IPv6 address</source>
        <translation />
    </message>
    <message>
        <source>expected ':' and a port after the address</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not a valid host name</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not a valid port</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::IdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation />
    </message>
    <message>
        <source>Enter your address and password. Mailwright finds the server settings for you and checks them before anything is saved.</source>
        <translation />
    </message>
    <message>
        <source>e.g. Alice Example</source>
        <comment>sample sender name</comment>
        <translation />
    </message>
    <message>
        <source>you@example.com</source>
        <translation />
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation />
    </message>
    <message>
        <source>&amp;Remember the password (in the system keychain)</source>
        <translation />
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation />
    </message>
    <message>
        <source>This is not a valid email address: %1</source>
        <translation />
    </message>
    <message>
        <source>&amp;Authorization code:</source>
        <comment>授权码 of Chinese providers</comment>
        <translation />
    </message>
    <message>
        <source>&amp;App password:</source>
        <translation />
    </message>
    <message>
        <source>%1 accepts only OAuth2 sign-in, not passwords. Mailwright cannot log in there with a password.</source>
        <translation />
    </message>
    <message>
        <source>%1 needs an authorization code (授权码), not your login password.</source>
        <translation />
    </message>
    <message>
        <source>%1 needs an app password, not your login password.</source>
        <translation />
    </message>
    <message>
        <source>Open the settings page of %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::Mailbox</name>
    <message>
        <source>the name contains an invalid character</source>
        <translation />
    </message>
    <message>
        <source>the name contains a line break</source>
        <translation />
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation />
    </message>
    <message>
        <source>the entry is empty</source>
        <translation />
    </message>
    <message>
        <source>a quote (") is not closed</source>
        <translation />
    </message>
    <message>
        <source>no email address found; an address looks like name@example.com</source>
        <translation />
    </message>
    <message>
        <source>the "&lt;" is not closed by a "&gt;"</source>
        <translation />
    </message>
    <message>
        <source>unexpected text after "&gt;": "%1"</source>
        <translation />
    </message>
    <message>
        <source>entry %1 ("%2"): %3</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::MailtoUrl</name>
    <message>
        <source>bad percent-encoding at "%1"</source>
        <translation />
    </message>
    <message>
        <source>the encoded text is not valid UTF-8</source>
        <translation />
    </message>
    <message>
        <source>Not a usable mailto link: %1</source>
        <translation />
    </message>
    <message>
        <source>it does not start with "mailto:"</source>
        <translation />
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::MainWindow</name>
    <message>
        <source>Mailwright</source>
        <translation />
    </message>
    <message>
        <source>Accounts</source>
        <translation />
    </message>
    <message>
        <source>Add account…</source>
        <translation />
    </message>
    <message>
        <source>Test account</source>
        <translation />
    </message>
    <message>
        <source>Outbox</source>
        <translation />
    </message>
    <message>
        <source>Drafts</source>
        <translation />
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation />
    </message>
    <message>
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation />
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation />
    </message>
    <message>
        <source>&amp;Test account</source>
        <translation />
    </message>
    <message>
        <source>&amp;Protocol console</source>
        <translation />
    </message>
    <message>
        <source>Main</source>
        <translation />
    </message>
    <message>
        <source>(no subject)</source>
        <translation />
    </message>
    <message>
        <source>Interrupted sending</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Mailwright was closed while sending %n message(s). Send them again now?

If the server had already accepted one, the recipient gets it twice (with the same Message-ID).</source>
        <translation>
            <numerusform>Mailwright was closed while sending a message. Send it again now?

If the server had already accepted it, the recipient gets it twice (with the same Message-ID).</numerusform>
            <numerusform>Mailwright was closed while sending %n messages. Send them again now?

If the server had already accepted one, the recipient gets it twice (with the same Message-ID).</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation />
    </message>
    <message>
        <source>Keep in the outbox</source>
        <translation />
    </message>
    <message>
        <source>Last test failed: %1</source>
        <translation />
    </message>
    <message>
        <source>Verified %1</source>
        <translation />
    </message>
    <message>
        <source>Not verified yet</source>
        <translation />
    </message>
    <message>
        <source>Open draft</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::MessageDraft</name>
    <message>
        <source>the message has no sender (From)</source>
        <translation />
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation />
    </message>
    <message>
        <source>the subject contains a control character</source>
        <translation />
    </message>
    <message>
        <source>the subject contains an invalid character</source>
        <translation />
    </message>
    <message>
        <source>the header "%1" cannot be set</source>
        <translation />
    </message>
    <message>
        <source>the header "%1" is given twice</source>
        <translation />
    </message>
    <message>
        <source>the value of the header "%1" contains a line break</source>
        <translation />
    </message>
    <message>
        <source>the value of the header "%1" contains an invalid character</source>
        <translation />
    </message>
    <message>
        <source>the header "%1" takes plain ASCII text only</source>
        <translation />
    </message>
    <message>
        <source>the header "%1" takes message IDs such as &lt;id@example.com&gt;</source>
        <translation />
    </message>
    <message>
        <source>an attachment has no file</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not a content type such as image/png</source>
        <translation />
    </message>
    <message>
        <source>the content ID "%1" contains characters it cannot hold</source>
        <translation />
    </message>
    <message>
        <source>the content ID "%1" is used twice</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::MessageWriter</name>
    <message>
        <source>the file "%1" does not exist</source>
        <translation />
    </message>
    <message>
        <source>"%1" is a folder, not a file</source>
        <translation />
    </message>
    <message>
        <source>the file "%1" cannot be read: %2</source>
        <translation />
    </message>
    <message>
        <source>the file "%1" cannot be read</source>
        <translation />
    </message>
    <message>
        <source>the Message-ID "%1" is not valid</source>
        <translation />
    </message>
    <message>
        <source>The attachment "%1" cannot be read: %2</source>
        <translation />
    </message>
    <message>
        <source>The attachment "%1" changed while the message was being sent.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::MxDiscovery</name>
    <message>
        <source>no MX records</source>
        <translation />
    </message>
    <message>
        <source>MX %1 → %2</source>
        <translation />
    </message>
    <message>
        <source>MX %1 is within the domain itself</source>
        <translation />
    </message>
    <message>
        <source>MX %1 → provider file for %2</source>
        <translation />
    </message>
    <message>
        <source>MX %1: no server answered under %2</source>
        <translation />
    </message>
    <message>
        <source>MX %1 → servers under %2</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::Outbox</name>
    <message>
        <source>Cannot create the outbox folder %1.</source>
        <translation />
    </message>
    <message>
        <source>Another Mailwright process is sending from this outbox.</source>
        <translation />
    </message>
    <message>
        <source>Cannot lock the outbox folder %1.</source>
        <translation />
    </message>
    <message>
        <source>No account is chosen to send from.</source>
        <translation />
    </message>
    <message>
        <source>The message %1 is not in the outbox.</source>
        <translation />
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::OutboxView</name>
    <message>
        <source>Subject</source>
        <translation />
    </message>
    <message>
        <source>To</source>
        <translation />
    </message>
    <message>
        <source>State</source>
        <translation />
    </message>
    <message>
        <source>Details</source>
        <translation />
    </message>
    <message>
        <source>Account</source>
        <translation />
    </message>
    <message>
        <source>Send all now</source>
        <translation />
    </message>
    <message>
        <source>Retry</source>
        <translation />
    </message>
    <message>
        <source>Delete</source>
        <translation />
    </message>
    <message>
        <source>Queued</source>
        <translation />
    </message>
    <message>
        <source>Sending</source>
        <translation />
    </message>
    <message>
        <source>Will retry</source>
        <translation />
    </message>
    <message>
        <source>Failed</source>
        <translation />
    </message>
    <message>
        <source>Interrupted</source>
        <translation />
    </message>
    <message>
        <source>(no subject)</source>
        <translation />
    </message>
    <message>
        <source>Connecting…</source>
        <translation />
    </message>
    <message>
        <source>%1 Next attempt at %2.</source>
        <translation />
    </message>
    <message>
        <source>Sending was interrupted; it may or may not have been delivered.</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>Delete from the outbox</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox? They will not be sent.</source>
        <translation>
            <numerusform>Delete this message from the outbox? It will not be sent.</numerusform>
            <numerusform>Delete %n messages from the outbox? They will not be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mw::Pop3Client</name>
    <message>
        <source>The server does not offer STLS, so the connection cannot be encrypted. Mailwright will not continue without encryption; try SSL/TLS on port 995.</source>
        <translation />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation />
    </message>
    <message>
        <source>Mailwright found no safe way to log in to this server: %1.</source>
        <translation />
    </message>
    <message>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation />
    </message>
    <message>
        <source>The server reported success without completing the login exchange (it never proved it knows the password).</source>
        <translation />
    </message>
    <message>
        <source>The server rejected the access token: %1</source>
        <translation />
    </message>
    <message>
        <source>There is no message number %1: POP3 counts from 1.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::Pop3Error</name>
    <message>
        <source>while connecting</source>
        <translation />
    </message>
    <message>
        <source>while waiting for the server's greeting</source>
        <translation />
    </message>
    <message>
        <source>while asking for its capabilities (CAPA)</source>
        <translation />
    </message>
    <message>
        <source>while switching to TLS (STLS)</source>
        <translation />
    </message>
    <message>
        <source>while logging in</source>
        <translation />
    </message>
    <message>
        <source>while opening the mailbox</source>
        <translation />
    </message>
    <message>
        <source>while downloading a message</source>
        <translation />
    </message>
    <message>
        <source>while closing the session</source>
        <translation />
    </message>
    <message>
        <source>The server rejected the user name or password (%1).</source>
        <translation />
    </message>
    <message>
        <source>The server has a temporary problem %1; try again later (%2).</source>
        <translation />
    </message>
    <message>
        <source>The server has a problem %1 that will not go away by itself; contact the provider (%2).</source>
        <translation />
    </message>
    <message>
        <source>The mailbox is in use by another program or device; close it there or try again in a few minutes (%1).</source>
        <translation />
    </message>
    <message>
        <source>The server allows logging in only every few minutes; wait and try again (%1).</source>
        <translation />
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The server name could not be found (DNS): %1</source>
        <translation />
    </message>
    <message>
        <source>The connection was refused: nothing answers on that port. Check the port and security settings.</source>
        <translation />
    </message>
    <message>
        <source>The server could not be reached (%1). It may be the network or a firewall rather than your settings.</source>
        <translation />
    </message>
    <message>
        <source>The server accepted the connection but stopped answering %1.</source>
        <translation />
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation />
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up: %1. If the port expects the other security mode, switch between SSL/TLS and STARTTLS.</source>
        <translation />
    </message>
    <message>
        <source>The server's certificate is not trusted: %1</source>
        <translation />
    </message>
    <message>
        <source>The server sent data ahead of the TLS handshake, which is how response-injection attacks work. The connection was closed for your safety.</source>
        <translation />
    </message>
    <message>
        <source>The server broke the POP3 protocol %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The server sent more data %1 than the configured limit allows: %2</source>
        <translation />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation />
    </message>
    <message>
        <source>while setting up the secure (TLS) connection</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::ProtocolConsole</name>
    <message>
        <source>Protocol console</source>
        <translation />
    </message>
    <message>
        <source>SMTP (sending)</source>
        <translation />
    </message>
    <message>
        <source>POP3 (receiving)</source>
        <translation />
    </message>
    <message>
        <source>Account:</source>
        <translation />
    </message>
    <message>
        <source>Protocol:</source>
        <translation />
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation />
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation />
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation />
    </message>
    <message>
        <source>Connect</source>
        <translation />
    </message>
    <message>
        <source>Port:</source>
        <translation />
    </message>
    <message>
        <source>Server:</source>
        <translation />
    </message>
    <message>
        <source>Type a command, e.g. EHLO example.com or CAPA</source>
        <translation />
    </message>
    <message>
        <source>Send</source>
        <translation />
    </message>
    <message>
        <source>Start TLS</source>
        <translation />
    </message>
    <message>
        <source>AUTH helper…</source>
        <translation />
    </message>
    <message>
        <source>Save log…</source>
        <translation />
    </message>
    <message>
        <source>Close</source>
        <translation />
    </message>
    <message>
        <source>Other server (enter below)</source>
        <translation />
    </message>
    <message>
        <source>Enter the server's host name.</source>
        <translation />
    </message>
    <message>
        <source>Save the console log</source>
        <translation />
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation />
    </message>
    <message>
        <source>Disconnect</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::ProviderHints</name>
    <message>
        <source>You are logged in, but the server would not open the mailbox. It may be locked by another program, disabled, or not enabled for POP3 at the provider.</source>
        <translation />
    </message>
    <message>
        <source>The server closed the connection right after the greeting. It may not accept clients from your network; try again later or from another network.</source>
        <translation />
    </message>
    <message>
        <source>The server name %1 does not exist. Check its spelling; providers usually call it smtp.%2 or pop.%2 (or pop3.%2).</source>
        <translation />
    </message>
    <message>
        <source>Looking up %1 took too long. Check that this computer is online and that its DNS server answers.</source>
        <translation />
    </message>
    <message>
        <source>%1 could not be looked up. Check that this computer is online and that its DNS server works.</source>
        <translation />
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2, so the port or the security setting is probably wrong. POP3 normally uses port 995 with SSL/TLS, or port 110 with STARTTLS.</source>
        <translation />
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2, so the port or the security setting is probably wrong. Sending mail normally uses port 465 with SSL/TLS, or port 587 with STARTTLS.</source>
        <translation />
    </message>
    <message>
        <source>%1 could not be reached. Services outside mainland China such as %2 are often blocked or very slow from networks inside it, so this is most likely the network or a firewall, not your settings. Try again later, or from another network.</source>
        <comment>%2 is a provider name such as Gmail or Outlook.com</comment>
        <translation />
    </message>
    <message>
        <source>%1 could not be reached on port 25. Many networks and internet providers block port 25 for home users; use port 465 (SSL/TLS) or 587 (STARTTLS) for sending.</source>
        <translation />
    </message>
    <message>
        <source>%1 could not be reached on port %2. It may be the network or a firewall (on this computer, in your network or at your internet provider) rather than your settings, or the server is down. Try again later, or from another network.</source>
        <translation />
    </message>
    <message>
        <source>Something on the network sent data in the server's name before encryption started, which is how attacks on STARTTLS work. Do not use this network for mail; if it keeps happening, choose SSL/TLS instead of STARTTLS.</source>
        <translation />
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on port %1. Choose SSL/TLS (port %2) instead. Only choose "no encryption" if your provider really has none, because your password would travel readable by anyone on the way.</source>
        <translation />
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS). Try SSL/TLS on port %1 instead.</source>
        <translation />
    </message>
    <message>
        <source>Port %1 does not seem to speak SSL/TLS from the first byte; it probably expects STARTTLS. Choose STARTTLS (usually port %2) instead of SSL/TLS.</source>
        <translation />
    </message>
    <message>
        <source>The server and Mailwright could not agree on encryption. The server may only offer TLS versions older than 1.2, which are no longer safe; ask your provider, or try SSL/TLS on port %1.</source>
        <translation />
    </message>
    <message>
        <source>The server's certificate was issued for "%1", not for %2. If %2 is your own domain at a hosting provider, use the hosting provider's server name instead (the one on the certificate, or the one in their setup guide).</source>
        <comment>%1 is the certificate's subject, %2 the host name the user entered</comment>
        <translation />
    </message>
    <message>
        <source>The server's certificate expired on %1. Check that this computer's date and time are right; if they are, the provider must renew the certificate.</source>
        <translation />
    </message>
    <message>
        <source>The server's certificate is not valid yet. Check that this computer's date and time are right.</source>
        <translation />
    </message>
    <message>
        <source>The server's certificate does not come from an authority this computer trusts (it is self-signed or from a private authority). This is normal for some company servers, and also what an attacker's certificate looks like.</source>
        <translation />
    </message>
    <message>
        <source>The server's certificate was not accepted.</source>
        <translation />
    </message>
    <message>
        <source>Trust it only if the provider confirms its SHA-256 fingerprint: %1</source>
        <translation />
    </message>
    <message>
        <source>The server accepted the connection on port %1 but never completed the encryption handshake. The port may expect STARTTLS (usually port %2) rather than SSL/TLS; otherwise the server or a firewall is holding the connection.</source>
        <translation />
    </message>
    <message>
        <source>The server accepted the connection on port %1 but said nothing: this port expects encryption (SSL/TLS) from the first byte. Choose SSL/TLS.</source>
        <translation />
    </message>
    <message>
        <source>The server accepted the connection but never said hello. It may be overloaded, or a firewall or proxy holds the connection. If this port expects SSL/TLS from the first byte, choose SSL/TLS; otherwise try again later.</source>
        <translation />
    </message>
    <message>
        <source>The server stopped answering in the middle of the conversation. It may be overloaded, or a firewall interferes; try again later.</source>
        <translation />
    </message>
    <message>
        <source>The server's first words were not %1. If it answered with encryption, the port expects SSL/TLS from the first byte: choose SSL/TLS.</source>
        <translation />
    </message>
    <message>
        <source>The server closed the connection without a greeting. It may refuse clients from your network, or the port expects SSL/TLS from the first byte.</source>
        <translation />
    </message>
    <message>
        <source>The server is busy or down for maintenance; try again later.</source>
        <translation />
    </message>
    <message>
        <source>The server refuses to talk to this computer. Your internet address may be on a block list, or this server does not serve you; check the server name.</source>
        <translation />
    </message>
    <message>
        <source>Another program or device is connected to this mailbox right now, and POP3 allows only one at a time. Close the other mail program (or wait a few minutes for it to finish), then try again. Your settings are probably right.</source>
        <comment>POP3 [IN-USE]</comment>
        <translation />
    </message>
    <message>
        <source>The server has a temporary problem on its side. Your settings may well be right; try again in a few minutes.</source>
        <comment>POP3 [SYS/TEMP]</comment>
        <translation />
    </message>
    <message>
        <source>The provider allows a new login only every few minutes. Wait a while and try again, and let your mail program check for mail less often.</source>
        <comment>POP3 [LOGIN-DELAY]</comment>
        <translation />
    </message>
    <message>
        <source>The server has a lasting problem with this mailbox (for example it is disabled or POP3 access is turned off). Contact your provider.</source>
        <comment>POP3 [SYS/PERM]</comment>
        <translation />
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your QQ password. In QQ Mail on the web open 设置 → 账户, find “POP3/IMAP/SMTP/Exchange/CardDAV/CalDAV服务”, turn on the POP3/SMTP service and click 生成授权码; confirm by SMS, then use the code as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation />
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code, 客户端授权密码), not your login password. In the web mail open 设置 → POP3/SMTP/IMAP, turn on the POP3/SMTP service and add a 客户端授权密码 (新增授权密码); then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation />
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password. In the web mail open 设置 → 客户端pop/imap/smtp, turn on the POP3/SMTP service and generate the 授权码; then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation />
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code, 独立密码), not your login password. In the web mail open 选项 → 设置 → POP3/SMTP/IMAP, turn on the POP3/SMTP service and set the 独立密码; then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation />
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password. In the web mail open 设置 → 常用设置 → 邮箱协议设置, turn on the POP3/SMTP service and get the 授权码 (it comes by SMS); then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation />
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password, once client security is on. In the web mail open 设置 → POP3/SMTP/IMAP and turn on the POP3/SMTP service; under 账户与安全 create a 三方客户端安全密码 and use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation />
    </message>
    <message>
        <source>%1 does not accept your normal Google password from mail programs. Turn on 2-Step Verification for the account, create an app password at %2 and use it here (16 letters, spaces do not matter).</source>
        <comment>%1 is Gmail, %2 a web address</comment>
        <translation />
    </message>
    <message>
        <source>%1 needs an app-specific password. Sign in at %2, open Sign-In and Security → App-Specific Passwords, create one and use it here.</source>
        <comment>%1 is iCloud Mail, %2 a web address</comment>
        <translation />
    </message>
    <message>
        <source>%1 needs an app password. At %2 choose “Generate app password”, then use it here.</source>
        <comment>%1 is Yahoo Mail, %2 a web address</comment>
        <translation />
    </message>
    <message>
        <source>%1 no longer accepts passwords from mail programs (basic authentication is switched off): an OAuth2 sign-in with your Microsoft account is needed instead. For a work or school account, the administrator can allow authenticated SMTP for this mailbox. %2</source>
        <comment>%1 is Outlook.com or Microsoft 365, %2 a web address</comment>
        <translation />
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 refused the password. If it is right, password logins are probably switched off for this account and an OAuth2 sign-in is needed; for a work account, the administrator must allow authenticated SMTP.</source>
        <translation />
    </message>
    <message>
        <source>Port 25 is for servers passing mail to each other and usually offers no login. Use port 465 (SSL/TLS) or 587 (STARTTLS) for sending.</source>
        <translation />
    </message>
    <message>
        <source>The server offers no login method Mailwright can use safely here. Check the port and security setting, or choose a login method explicitly.</source>
        <translation />
    </message>
    <message>
        <source>The server broke the rules of the login exchange. Try choosing another login method explicitly (for example PLAIN or LOGIN).</source>
        <translation />
    </message>
    <message>
        <source>The provider wants an application-specific password (app password) for mail programs, not your normal password. Create one in the account's security settings and use it here.</source>
        <translation />
    </message>
    <message>
        <source>The server wants encryption before the login. Choose STARTTLS or SSL/TLS.</source>
        <translation />
    </message>
    <message>
        <source>The server could not check the login just now. Your settings may be right; try again in a few minutes.</source>
        <translation />
    </message>
    <message>
        <source>The server rejected the user name or password. Check both (passwords are case-sensitive). Some providers want the whole address as the user name, others only the part before the @; and many want an app password or authorization code instead of the password you use on the web.</source>
        <translation />
    </message>
    <message>
        <source>QQ Mail</source>
        <translation />
    </message>
    <message>
        <source>QQ Mail VIP</source>
        <translation />
    </message>
    <message>
        <source>Foxmail</source>
        <translation />
    </message>
    <message>
        <source>NetEase 163 Mail</source>
        <translation />
    </message>
    <message>
        <source>NetEase 126 Mail</source>
        <translation />
    </message>
    <message>
        <source>NetEase yeah.net Mail</source>
        <translation />
    </message>
    <message>
        <source>NetEase 188 Mail</source>
        <translation />
    </message>
    <message>
        <source>NetEase VIP Mail</source>
        <translation />
    </message>
    <message>
        <source>Sina Mail</source>
        <translation />
    </message>
    <message>
        <source>Sina VIP Mail</source>
        <translation />
    </message>
    <message>
        <source>Sohu Mail</source>
        <translation />
    </message>
    <message>
        <source>139 Mail</source>
        <translation />
    </message>
    <message>
        <source>Aliyun Mail</source>
        <translation />
    </message>
    <message>
        <source>Gmail</source>
        <translation />
    </message>
    <message>
        <source>Outlook.com</source>
        <translation />
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation />
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation />
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation />
    </message>
    <message>
        <source>The server did not answer the login in time. Servers deliberately slow down after failed logins, so the password may be wrong: check it, wait a minute and try again.</source>
        <translation />
    </message>
    <message>
        <source>The connection is not encrypted, so Mailwright did not log in: your password or the session could be read on the way. Choose SSL/TLS or STARTTLS; allow an unencrypted login only if your provider offers nothing else.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::RecipientCheck</name>
    <message>
        <source>The server knows this address (it answered VRFY with 250).</source>
        <translation />
    </message>
    <message>
        <source>The address is not on this server, but the server will forward mail for it (VRFY 251): %1</source>
        <translation />
    </message>
    <message>
        <source>The server says there is no such mailbox (VRFY 550). Check the spelling of the address.</source>
        <translation />
    </message>
    <message>
        <source>The user is not on this server (VRFY 551); the server may name where to write instead: %1</source>
        <translation />
    </message>
    <message>
        <source>The address is ambiguous: several mailboxes on the server match it (VRFY 553). Use the full, exact address.</source>
        <translation />
    </message>
    <message>
        <source>The server would accept mail for this address (RCPT %1). It may still bounce later: many servers accept first and check afterwards.</source>
        <translation />
    </message>
    <message>
        <source>The server would refuse mail for this address: there is no such mailbox there (RCPT %1). Check the spelling.</source>
        <translation />
    </message>
    <message>
        <source>The server does not allow this address (RCPT 553): the mailbox name is not allowed or malformed.</source>
        <translation />
    </message>
    <message>
        <source>The server asked to try again later (RCPT %1, for example greylisting), so the address could not be checked now.</source>
        <translation />
    </message>
    <message>
        <source>The server would not take mail for this address from you (RCPT %1), for example because it does not relay to other domains for this account.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::RecipientProbe</name>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted.</source>
        <translation />
    </message>
    <message>
        <source>The address needs SMTPUTF8, which this server does not offer.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::SecretError</name>
    <message>
        <source>no password is saved in the keychain for this account</source>
        <translation />
    </message>
    <message>
        <source>no keychain service is running; the password will not be saved, you will be asked each time</source>
        <translation />
    </message>
    <message>
        <source>the keychain refused access (it may be locked): %1</source>
        <translation />
    </message>
    <message>
        <source>the keychain did not answer in time; the password was neither read nor saved</source>
        <translation />
    </message>
    <message>
        <source>the keychain reported an error: %1</source>
        <translation />
    </message>
    <message>
        <source>To have it remembered, run Mailwright in a desktop session with a keyring such as GNOME Keyring or KWallet.</source>
        <translation />
    </message>
    <message>
        <source>Unlock the keyring, then try again.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::SendStatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <source>Recipient</source>
        <translation />
    </message>
    <message>
        <source>Result</source>
        <translation />
    </message>
    <message>
        <source>Sending… The message is safe in the outbox until the server accepts it.</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2, %3/s</source>
        <translation />
    </message>
    <message>
        <source>This address does not exist at the receiving server.</source>
        <translation />
    </message>
    <message>
        <source>The server does not accept this address.</source>
        <translation />
    </message>
    <message>
        <source>The recipient's mailbox is full.</source>
        <translation />
    </message>
    <message>
        <source>The server refused it by policy (for example relaying or spam rules).</source>
        <translation />
    </message>
    <message>
        <source>The message is too big for this server.</source>
        <translation />
    </message>
    <message>
        <source>Temporarily refused; Mailwright will try again later.</source>
        <translation />
    </message>
    <message>
        <source>Permanently refused by the server.</source>
        <translation />
    </message>
    <message>
        <source>Not delivered.</source>
        <translation />
    </message>
    <message>
        <source>Accepted</source>
        <translation />
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation />
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation />
    </message>
    <message>
        <source>Sent. The server accepted the message for every recipient.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s). The rejected ones stay in the outbox for you to fix or delete.</source>
        <translation>
            <numerusform>Sent to %n recipient. The rejected ones stay in the outbox for you to fix or delete.</numerusform>
            <numerusform>Sent to %n recipients. The rejected ones stay in the outbox for you to fix or delete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. The message stays in the outbox.</source>
        <translation />
    </message>
    <message>
        <source>Not sent yet: %1 Mailwright will try again; the message waits in the outbox.</source>
        <translation />
    </message>
    <message>
        <source>Not sent: %1 The message stays in the outbox.</source>
        <translation />
    </message>
    <message>
        <source>the server refused it.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::Sender</name>
    <message>
        <source>Cancelled.</source>
        <translation />
    </message>
    <message>
        <source>The message file %1 cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>The message has no recipients left.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::ServerBox</name>
    <message>
        <source>SSL/TLS</source>
        <translation />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation />
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation />
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation />
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation />
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation />
    </message>
    <message>
        <source>Entered by you.</source>
        <translation />
    </message>
    <message>
        <source>Source: %1 (trusted).</source>
        <translation />
    </message>
    <message>
        <source>Source: %1 (not confirmed by the domain).</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::ServerCheck</name>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation />
    </message>
    <message>
        <source>The server name %1 could not be looked up (DNS): %2</source>
        <translation />
    </message>
    <message>
        <source>The server at %1:%2 did not accept the connection in time.</source>
        <translation />
    </message>
    <message>
        <source>Looking up the server name %1 took too long.</source>
        <translation />
    </message>
    <message>
        <source>The server at %1 accepted the connection but never answered (%2).</source>
        <comment>%2 is the step name: greeting or tls</comment>
        <translation />
    </message>
    <message>
        <source>The server at %1 accepted the connection but stopped answering (%2).</source>
        <comment>%2 is the step name, such as auth or capabilities</comment>
        <translation />
    </message>
    <message>
        <source>Connected to %1; the login was not tested because no password was given.</source>
        <translation />
    </message>
    <message>
        <source>Logged in to %1 as "%2": the server refused the full address as the user name, so use "%2".</source>
        <translation />
    </message>
    <message>
        <source>Logged in to %1 as "%2".</source>
        <translation />
    </message>
    <message>
        <source>Mailwright did not log in, because the connection is not encrypted and an unencrypted login was not allowed.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::ServerConfig</name>
    <message>
        <source>the built-in provider list</source>
        <translation />
    </message>
    <message>
        <source>your own provider file</source>
        <translation />
    </message>
    <message>
        <source>the domain's autoconfig server</source>
        <translation />
    </message>
    <message>
        <source>the domain's web site (.well-known)</source>
        <translation />
    </message>
    <message>
        <source>the central provider database (ISPDB)</source>
        <translation />
    </message>
    <message>
        <source>DNS service records (SRV)</source>
        <translation />
    </message>
    <message>
        <source>the domain's mail exchanger (MX)</source>
        <translation />
    </message>
    <message>
        <source>trying the usual server names</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::SettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation />
    </message>
    <message>
        <source>Check the settings, change them if your provider says otherwise, then test them.</source>
        <translation />
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation />
    </message>
    <message>
        <source>Incoming mail server (POP3)</source>
        <translation />
    </message>
    <message>
        <source>I &amp;checked these settings and want to use them</source>
        <translation />
    </message>
    <message>
        <source>Warning: without encryption your password and your mail travel readable by anyone on the network.</source>
        <translation />
    </message>
    <message>
        <source>I &amp;understand, use no encryption anyway</source>
        <translation />
    </message>
    <message>
        <source>IMAP (shown only; Mailwright uses POP3): %1 (source: %2)</source>
        <translation />
    </message>
    <message>
        <source>%1 (source: %2) was not published by the domain itself.</source>
        <translation />
    </message>
    <message>
        <source>%1 is not under %2.</source>
        <translation />
    </message>
    <message>
        <source>Please check these settings before they are used with your password:</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::SmtpClient</name>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted. Mailwright will not continue without encryption; try SSL/TLS on port 465.</source>
        <translation />
    </message>
    <message>
        <source>The server does not offer authentication (AUTH) on this connection.</source>
        <translation />
    </message>
    <message>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation />
    </message>
    <message>
        <source>The server reported success without completing the login exchange (it never proved it knows the password).</source>
        <translation />
    </message>
    <message>
        <source>The server rejected the access token: %1</source>
        <translation />
    </message>
    <message>
        <source>The SMTP session had already ended.</source>
        <translation />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation />
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation />
    </message>
    <message>
        <source>The message body cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not support internationalized addresses (SMTPUTF8).</source>
        <translation />
    </message>
    <message>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes.</source>
        <translation />
    </message>
    <message>
        <source>The message has 8-bit content, but the server does not accept it (no 8BITMIME); it must be encoded first.</source>
        <translation />
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::SmtpError</name>
    <message>
        <source>while connecting</source>
        <translation />
    </message>
    <message>
        <source>while setting up the secure (TLS) connection</source>
        <translation />
    </message>
    <message>
        <source>while waiting for the server's greeting</source>
        <translation />
    </message>
    <message>
        <source>during the EHLO handshake</source>
        <translation />
    </message>
    <message>
        <source>while switching to TLS (STARTTLS)</source>
        <translation />
    </message>
    <message>
        <source>while logging in</source>
        <translation />
    </message>
    <message>
        <source>when giving the sender address</source>
        <translation />
    </message>
    <message>
        <source>when giving the recipients</source>
        <translation />
    </message>
    <message>
        <source>while sending the message</source>
        <translation />
    </message>
    <message>
        <source>while closing the session</source>
        <translation />
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The server name could not be found (DNS): %1</source>
        <translation />
    </message>
    <message>
        <source>The connection was refused: nothing answers on that port. Check the port and security settings.</source>
        <translation />
    </message>
    <message>
        <source>The server could not be reached (%1). It may be the network or a firewall rather than your settings.</source>
        <translation />
    </message>
    <message>
        <source>The server accepted the connection but stopped answering %1.</source>
        <translation />
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation />
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up: %1. If the port expects the other security mode, switch between SSL/TLS and STARTTLS.</source>
        <translation />
    </message>
    <message>
        <source>The server's certificate is not trusted: %1</source>
        <translation />
    </message>
    <message>
        <source>The server sent data ahead of the TLS handshake, which is how response-injection attacks work. The connection was closed for your safety.</source>
        <translation />
    </message>
    <message>
        <source>The server broke the SMTP protocol %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::TestAccountDialog</name>
    <message>
        <source>Find the server (DNS)</source>
        <translation />
    </message>
    <message>
        <source>Connect</source>
        <translation />
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation />
    </message>
    <message>
        <source>Server greeting</source>
        <translation />
    </message>
    <message>
        <source>Capabilities</source>
        <translation />
    </message>
    <message>
        <source>Log in</source>
        <translation />
    </message>
    <message>
        <source>Open the mailbox</source>
        <translation />
    </message>
    <message>
        <source>Test account: %1</source>
        <translation />
    </message>
    <message>
        <source>Reading the passwords from the keychain…</source>
        <translation />
    </message>
    <message>
        <source>Step</source>
        <translation />
    </message>
    <message>
        <source>Result</source>
        <translation />
    </message>
    <message>
        <source>Time</source>
        <translation />
    </message>
    <message>
        <source>Details</source>
        <translation />
    </message>
    <message>
        <source>Testing %1…</source>
        <translation />
    </message>
    <message>
        <source>POP3 (receiving)</source>
        <translation />
    </message>
    <message>
        <source>SMTP (sending)</source>
        <translation />
    </message>
    <message>
        <source>OK</source>
        <translation />
    </message>
    <message>
        <source>Failed</source>
        <translation />
    </message>
    <message>
        <source>%1 ms</source>
        <translation />
    </message>
    <message>
        <source>Everything works: Mailwright can send and receive with this account.</source>
        <translation />
    </message>
    <message>
        <source>The test failed.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::TlsPolicy</name>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation />
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::VerifyPage</name>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation />
    </message>
    <message>
        <source>Incoming mail server (POP3)</source>
        <translation />
    </message>
    <message>
        <source>Looking up the server (DNS)</source>
        <translation />
    </message>
    <message>
        <source>Connecting (TCP)</source>
        <translation />
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation />
    </message>
    <message>
        <source>Server greeting</source>
        <translation />
    </message>
    <message>
        <source>Server capabilities</source>
        <translation />
    </message>
    <message>
        <source>Logging in</source>
        <translation />
    </message>
    <message>
        <source>Opening the mailbox</source>
        <translation />
    </message>
    <message>
        <source>Testing the settings</source>
        <translation />
    </message>
    <message>
        <source>Mailwright logs in to both servers. No mail is sent.</source>
        <translation />
    </message>
    <message>
        <source>Step</source>
        <translation />
    </message>
    <message>
        <source>Result</source>
        <translation />
    </message>
    <message>
        <source>Time</source>
        <translation />
    </message>
    <message>
        <source>&amp;Back to settings</source>
        <translation />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation />
    </message>
    <message>
        <source>Protocol &amp;log (passwords hidden)</source>
        <translation />
    </message>
    <message>
        <source>testing…</source>
        <translation />
    </message>
    <message>
        <source>Testing…</source>
        <translation />
    </message>
    <message>
        <source>✓ ok</source>
        <translation />
    </message>
    <message>
        <source>✗ failed</source>
        <translation />
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation />
    </message>
    <message>
        <source>✓ works</source>
        <translation />
    </message>
    <message>
        <source>Failed at step: %1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation />
    </message>
    <message>
        <source>What to do:</source>
        <translation />
    </message>
    <message>
        <source>Everything works. Press Next to finish.</source>
        <translation />
    </message>
    <message>
        <source>The test failed. Correct the settings or the password, then try again.</source>
        <translation />
    </message>
</context>
<context>
    <name>mw::cli</name>
    <message>
        <source>mailwright: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it inside a graphical session, or without one through a virtual display:
    xvfb-run -a mailwright
The command-line subcommands (mailwright --help) need no display.</source>
        <translation />
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation />
    </message>
    <message>
        <source>mailwright: unknown command or option '%1'</source>
        <translation />
    </message>
    <message>
        <source>unknown option %1</source>
        <translation />
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation />
    </message>
    <message>
        <source>%1 needs at least one value</source>
        <translation />
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation />
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation />
    </message>
    <message>
        <source>a user name was given but no password: use --password-stdin or set MAILWRIGHT_PASSWORD</source>
        <translation />
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation />
    </message>
    <message>
        <source>not sent: %1: %2</source>
        <translation />
    </message>
    <message>
        <source>  rejected %1: %2</source>
        <translation />
    </message>
    <message>
        <source>error: %1</source>
        <translation />
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation />
    </message>
    <message>
        <source>--smtp HOST:PORT/SEC is required</source>
        <translation />
    </message>
    <message>
        <source>give either --eml or --subject/--body/--attach, not both</source>
        <translation />
    </message>
    <message>
        <source>nothing to send: give --eml FILE..., or --subject with --body/--body-file/--attach</source>
        <translation />
    </message>
    <message>
        <source>give either --body or --body-file, not both</source>
        <translation />
    </message>
    <message>
        <source>--smtp: %1</source>
        <translation />
    </message>
    <message>
        <source>--timeout-ms needs a positive number</source>
        <translation />
    </message>
    <message>
        <source>refusing to send a password without encryption (security 'plain'); add --allow-plaintext if you really mean it</source>
        <translation />
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation />
    </message>
    <message>
        <source>--from: %1</source>
        <translation />
    </message>
    <message>
        <source>--from is required with --subject</source>
        <translation />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation />
    </message>
    <message>
        <source>%1: no sender: give --from, or a single address in From:</source>
        <translation />
    </message>
    <message>
        <source>%1: no recipients: give --to, or To/Cc/Bcc fields</source>
        <translation />
    </message>
    <message>
        <source>cannot write the transcript: %1</source>
        <translation />
    </message>
    <message>
        <source>(none)</source>
        <translation />
    </message>
    <message>
        <source>%1, user %2</source>
        <translation />
    </message>
    <message>
        <source>--%1 is not available yet in this build; give the servers with --smtp and --pop3</source>
        <translation />
    </message>
    <message>
        <source>--email ADDR is required</source>
        <translation />
    </message>
    <message>
        <source>--email: %1</source>
        <translation />
    </message>
    <message>
        <source>--reply-to: %1</source>
        <translation />
    </message>
    <message>
        <source>refusing to keep a password for a server without encryption (%1); add --allow-plaintext if you really mean it</source>
        <translation />
    </message>
    <message>
        <source>added account %1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>The account was not added. To add it without saving the password, run the command again without --password-stdin, then give the password to each command with --password-stdin or MAILWRIGHT_PASSWORD.</source>
        <translation />
    </message>
    <message>
        <source>no accounts; add one with: mailwright account add --email ADDR --smtp HOST:PORT/SEC</source>
        <translation />
    </message>
    <message>
        <source>which account? give its name, address or id</source>
        <translation />
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation />
    </message>
    <message>
        <source>not saved (asked each time)</source>
        <translation />
    </message>
    <message>
        <source>unknown: %1</source>
        <translation />
    </message>
    <message>
        <source>Account:</source>
        <translation />
    </message>
    <message>
        <source>Id:</source>
        <translation />
    </message>
    <message>
        <source>Address:</source>
        <translation />
    </message>
    <message>
        <source>Sender name:</source>
        <translation />
    </message>
    <message>
        <source>Reply-To:</source>
        <translation />
    </message>
    <message>
        <source>SMTP:</source>
        <translation />
    </message>
    <message>
        <source>SMTP password:</source>
        <translation />
    </message>
    <message>
        <source>POP3:</source>
        <translation />
    </message>
    <message>
        <source>POP3 password:</source>
        <translation />
    </message>
    <message>
        <source>IMAP:</source>
        <translation />
    </message>
    <message>
        <source>Authentication:</source>
        <translation />
    </message>
    <message>
        <source>the strongest the server offers</source>
        <translation />
    </message>
    <message>
        <source>Unencrypted:</source>
        <translation />
    </message>
    <message>
        <source>allowed</source>
        <translation />
    </message>
    <message>
        <source>refused</source>
        <translation />
    </message>
    <message>
        <source>Found by:</source>
        <translation />
    </message>
    <message>
        <source>Created:</source>
        <translation />
    </message>
    <message>
        <source>Verified:</source>
        <translation />
    </message>
    <message>
        <source>never</source>
        <translation />
    </message>
    <message>
        <source>Pinned:</source>
        <translation />
    </message>
    <message>
        <source>%1 for %2:%3 since %4</source>
        <translation />
    </message>
    <message>
        <source>reason: %1</source>
        <translation />
    </message>
    <message>
        <source>The account was not removed, so that its password does not stay behind in the keychain. Try again where the keychain is available, or add --force to remove the account anyway.</source>
        <translation />
    </message>
    <message>
        <source>removed account %1; its saved password, if any, is still in the keychain: %2</source>
        <translation />
    </message>
    <message>
        <source>removed account %1 and its saved passwords</source>
        <translation />
    </message>
    <message>
        <source>--sha256 needs the certificate's SHA-256 fingerprint (64 hex digits, colons allowed)</source>
        <translation />
    </message>
    <message>
        <source>--port needs --host</source>
        <translation />
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation />
    </message>
    <message>
        <source>%1 is used on more than one port; give --port</source>
        <translation />
    </message>
    <message>
        <source>%1 is not a server of account %2</source>
        <translation />
    </message>
    <message>
        <source>pinned with mailwright account pin</source>
        <translation />
    </message>
    <message>
        <source>account %1 now trusts the certificate %2 on %3:%4, and only there</source>
        <translation />
    </message>
    <message>
        <source>account %1 has no pin for that certificate</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>removed %n pin(s) from account %1</source>
        <translation>
            <numerusform>removed %n pin from account %1</numerusform>
            <numerusform>removed %n pins from account %1</numerusform>
        </translation>
    </message>
    <message>
        <source>which action? add, list, show, remove, pin or unpin</source>
        <translation />
    </message>
    <message>
        <source>unknown action '%1'</source>
        <translation />
    </message>
    <message>
        <source>Usage: mailwright detect EMAIL [--json] [--offline] [--timeout-ms N] [--ispdb-url URL]
                         [--allow-http]
Finds the SMTP, POP3 and IMAP settings for EMAIL: the built-in provider list first, then the
domain's autoconfig files, the ISPDB, DNS SRV and MX records, and finally probing the usual names.
  --offline        the built-in and your own provider files only; no network
  --timeout-ms N   overall deadline (default 8000)
  --ispdb-url URL  ISPDB base URL ("&lt;URL&gt;&lt;domain&gt;" is fetched); an empty value disables it
  --allow-http     also try autoconfig over plain http (results then need confirmation)
</source>
        <translation />
    </message>
    <message>
        <source>%1: the domain could not be found in DNS (check the address or the network)</source>
        <translation />
    </message>
    <message>
        <source>%1: no mail server settings found; enter them by hand</source>
        <translation />
    </message>
    <message>
        <source>%1: from %2</source>
        <translation />
    </message>
    <message>
        <source>user %1</source>
        <translation />
    </message>
    <message>
        <source>Please confirm these settings: they were not published by the domain itself.</source>
        <translation />
    </message>
    <message>
        <source>Warning: no encryption is available; passwords would be sent readable.</source>
        <translation />
    </message>
    <message>
        <source>This provider accepts OAuth2 sign-in only, not passwords.</source>
        <translation />
    </message>
    <message>
        <source>This provider needs an authorization code or app password, not your login password.</source>
        <translation />
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation />
    </message>
    <message>
        <source>EMAIL is required</source>
        <translation />
    </message>
    <message>
        <source>--ispdb-url needs an https URL (or an empty value to disable it)</source>
        <translation />
    </message>
    <message>
        <source>give either --account NAME or --smtp HOST:PORT/SEC</source>
        <translation />
    </message>
    <message>
        <source>the account %1 has no outgoing (SMTP) server</source>
        <translation />
    </message>
    <message>
        <source>No password is saved for this account: give it with --password-stdin.</source>
        <translation />
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation />
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>login mechanism as user name</comment>
        <translation />
    </message>
    <message>
        <source>certificate: %1, issued by %2, SHA-256 %3</source>
        <translation />
    </message>
    <message>
        <source>EMAIL: %1</source>
        <translation />
    </message>
    <message>
        <source>detection is not wired yet; give --smtp and/or --pop3</source>
        <translation />
    </message>
    <message>
        <source>--recipient needs --smtp</source>
        <translation />
    </message>
    <message>
        <source>--recipient: %1</source>
        <translation />
    </message>
    <message>
        <source>recipient %1: %2 (%3)</source>
        <translation />
    </message>
    <message>
        <source>recipient %1: not checked, because the SMTP verification failed</source>
        <translation />
    </message>
    <message>
        <source>Usage: mailwright account add --email ADDR --smtp HOST:PORT/SEC [--pop3 HOST:PORT/SEC]
           [--imap HOST:PORT/SEC] [--name NAME] [--user USER] [--password-stdin]
           [--sender-name TEXT] [--reply-to ADDR] [--auth MECHANISM...]
           [--allow-plaintext] [--json]
       mailwright account list [--json]
       mailwright account show NAME [--json]
       mailwright account remove NAME [--force]
       mailwright account pin NAME --sha256 HEX [--host HOST [--port PORT]]
           [--reason TEXT]
       mailwright account unpin NAME [--sha256 HEX]
NAME is the account's name, address or id. SEC is ssl, starttls or plain.
The password (--password-stdin) is kept only in the system keychain, for SMTP
and POP3. remove also removes the saved passwords; --force removes the account
even when the keychain cannot be reached. A pin trusts one certificate for one
server of the account.
</source>
        <translation />
    </message>
    <message>
        <source>Usage: mailwright send (--account NAME | --smtp HOST:PORT/SEC [--user USER]) [--password-stdin]
                       [--from ADDR] --to ADDR... [--cc ADDR...] [--bcc ADDR...]
                       (--eml FILE... | --subject TEXT [--body TEXT | --body-file FILE] [--attach FILE...])
                       [--auth MECHANISM] [--allow-plaintext] [--timeout-ms N]
                       [--transcript FILE] [--json]
SEC is ssl, starttls or plain. The password comes from --password-stdin or MAILWRIGHT_PASSWORD,
or, with --account, from the system keychain. --from defaults to the account's address.
With --eml and no --from/--to, the envelope is taken from the message's headers.
</source>
        <translation />
    </message>
    <message>
        <source>Usage: mailwright [--lang zh_CN|en] [--ca-file PEM] [COMMAND] [OPTIONS]

Without a command, the graphical application starts.

Commands:
  compose [mailto:URI]   open the composer (graphical)
  detect EMAIL           find the mail server settings for an address
  verify EMAIL           log in to the SMTP and POP3 servers to prove the settings
  send                   send mail through an SMTP server
  account                add, list, show or remove accounts
  outbox                 list, flush or remove queued messages (send --queue)

Global options:
  --ca-file PEM          also trust this CA certificate (or MAILWRIGHT_CA_FILE)
  --lang zh_CN|en        choose the interface language
  --help                 show this help
  --version              show the version
</source>
        <translation />
    </message>
    <message>
        <source>--account NAME is required: outbox messages are sent with an account's settings</source>
        <translation />
    </message>
    <message>
        <source>--subject is required</source>
        <translation />
    </message>
    <message>
        <source>give at least one recipient with --to, --cc or --bcc</source>
        <translation />
    </message>
    <message>
        <source>    attempts: %1, last: %2</source>
        <translation />
    </message>
    <message>
        <source>    next attempt: %1</source>
        <translation />
    </message>
    <message>
        <source>    error: %1</source>
        <translation />
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation />
    </message>
    <message>
        <source>skipped: %1</source>
        <translation />
    </message>
    <message>
        <source>not sent: %1: %2 (%3)</source>
        <translation />
    </message>
    <message>
        <source>  rejected %1: %2 %3 %4</source>
        <translation />
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation />
    </message>
    <message>
        <source>give the ID of one message (see 'mailwright outbox list')</source>
        <translation />
    </message>
    <message>
        <source>removed %1</source>
        <translation />
    </message>
    <message>
        <source>queued %1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>mailwright: compose takes at most one mailto: URL</source>
        <translation />
    </message>
    <message>
        <source>Usage: mailwright outbox list [--json]
       mailwright outbox add --account NAME [--from ADDR] --to ADDR... [--cc ADDR...]
                  [--bcc ADDR...] --subject TEXT [--body TEXT | --body-file FILE]
                  [--attach FILE...] [--json]
       mailwright outbox flush [--account NAME] [--now] [--password-stdin] [--timeout-ms N] [--json]
       mailwright outbox remove ID
       mailwright send --queue --account NAME ... (the options of outbox add)
add puts a message into the outbox (written to disk before the command returns);
flush sends every queued, interrupted or due message, over one connection per account
(--now: also those waiting for their next retry);
send --queue does both. A message leaves the outbox only when the server has taken it.
The password comes from --password-stdin or MAILWRIGHT_PASSWORD, else the keychain.
</source>
        <translation />
    </message>
    <message>
        <source>Usage: mailwright verify (EMAIL | --account NAME) [--smtp HOST:PORT/SEC] [--pop3 HOST:PORT/SEC]
                         [--user USER] [--password-stdin] [--auth MECHANISM]
                         [--allow-plaintext] [--timeout-ms N] [--recipient ADDR] [--json]
Logs in to the SMTP and POP3 servers (at the same time) to prove the settings; no mail is sent.
SEC is ssl, starttls or plain. The password comes from --password-stdin or MAILWRIGHT_PASSWORD;
without one, only the connection and encryption are checked. USER defaults to EMAIL.
--account NAME (name, address or id) takes the servers, user names, certificate pins and
passwords (from the keychain) of a saved account; --smtp, --pop3, --user and
--password-stdin override them.
--recipient asks the SMTP server whether it would accept mail for ADDR (VRFY, else RCPT TO).
</source>
        <translation />
    </message>
    <message>
        <source>give either EMAIL or --account NAME, not both</source>
        <translation />
    </message>
    <message>
        <source>the account %1 has no server to verify</source>
        <translation />
    </message>
    <message>
        <source>mailwright: the graphical interface could not be loaded:
    %1
Reinstall Mailwright. The command-line subcommands (mailwright --help) work without it.</source>
        <translation />
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mw::AccountError</name>
    <message>
        <source>cannot read the account file %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the account file %1 is damaged (%2); it could not be moved aside, so it is left as it is and will not be overwritten</source>
        <translation></translation>
    </message>
    <message>
        <source>the account file %1 is damaged (%2); it was moved to %3 and Mailwright starts without accounts</source>
        <translation></translation>
    </message>
    <message>
        <source>the account file %1 was written by a newer version of Mailwright (%2); it was left untouched</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot save the account file %1: %2; the previous file is unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>the account file %1 was changed by another program while this one was using it; nothing was saved</source>
        <translation></translation>
    </message>
    <message>
        <source>the account file %1 is being saved by another Mailwright; nothing was saved</source>
        <translation></translation>
    </message>
    <message>
        <source>the account file %1 could not be loaded, so it will not be overwritten</source>
        <translation></translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one account; use the address or the id</source>
        <translation></translation>
    </message>
    <message>
        <source>there is already an account for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid account data: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Add the accounts again, or repair the moved file and put it back.</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the newer Mailwright, or move the file away to start afresh with this one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, and the free disk space.</source>
        <translation></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::Discovery</name>
    <message>
        <source>not in the provider list</source>
        <translation></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>the file lists no usable server</source>
        <translation></translation>
    </message>
    <message>
        <source>no SRV records</source>
        <translation></translation>
    </message>
    <message>
        <source>no server answered</source>
        <translation></translation>
    </message>
    <message>
        <source>stopped at the deadline</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::EmailAddress</name>
    <message>
        <source>the address contains an invalid character</source>
        <translation></translation>
    </message>
    <message>
        <source>the address contains a line break</source>
        <translation></translation>
    </message>
    <message>
        <source>the address contains a control character</source>
        <translation></translation>
    </message>
    <message>
        <source>the address contains an invisible formatting character</source>
        <translation></translation>
    </message>
    <message>
        <source>the part before @ is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>the part before @ contains the character &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>the part before @ starts or ends with a dot</source>
        <translation></translation>
    </message>
    <message>
        <source>the part before @ contains two dots in a row</source>
        <translation></translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 bytes</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has an empty part between dots</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains the character &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has a part that starts or ends with a hyphen</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has a part longer than 63 bytes</source>
        <translation></translation>
    </message>
    <message>
        <source>the part after @ is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address in brackets</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid internet domain</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no dot; mail domains look like example.com</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; ends in a number; write an IP address in brackets, like [%1]</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is longer than 255 bytes</source>
        <translation></translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>the address contains &quot;&lt;&quot; or &quot;&gt;&quot;; enter only the address itself</source>
        <translation></translation>
    </message>
    <message>
        <source>the address contains a full-width &quot;＠&quot;; type the ASCII &quot;@&quot; instead</source>
        <translation></translation>
    </message>
    <message>
        <source>the quotes in the part before @ are not closed</source>
        <translation></translation>
    </message>
    <message>
        <source>the address contains a space</source>
        <translation></translation>
    </message>
    <message>
        <source>the address has no @</source>
        <translation></translation>
    </message>
    <message>
        <source>the address has more than one @</source>
        <translation></translation>
    </message>
    <message>
        <source>the quoted text must be the whole part before @</source>
        <translation></translation>
    </message>
    <message>
        <source>the address is longer than 254 bytes</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::EmlMessage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the header section is larger than 1 MiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 does not look like an email message (RFC 5322 header fields expected)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: bad Bcc field: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: bad %2 field: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::Endpoint</name>
    <message>
        <source>unknown security &quot;%1&quot;: use ssl, starttls or plain</source>
        <translation></translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; and a port after the address</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::Mailbox</name>
    <message>
        <source>the name contains an invalid character</source>
        <translation></translation>
    </message>
    <message>
        <source>the name contains a line break</source>
        <translation></translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation></translation>
    </message>
    <message>
        <source>the entry is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>a quote (&quot;) is not closed</source>
        <translation></translation>
    </message>
    <message>
        <source>no email address found; an address looks like name@example.com</source>
        <translation></translation>
    </message>
    <message>
        <source>the &quot;&lt;&quot; is not closed by a &quot;&gt;&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected text after &quot;&gt;&quot;: &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 (&quot;%2&quot;): %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::MainWindow</name>
    <message>
        <source>Mailwright</source>
        <translation></translation>
    </message>
    <message>
        <source>Set up a mail account from just your address, and send mail through it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add account (not yet available)</source>
        <comment>placeholder until the setup wizard exists</comment>
        <translation></translation>
    </message>
    <message>
        <source>The account setup wizard is still being built.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::MessageDraft</name>
    <message>
        <source>the message has no sender (From)</source>
        <translation></translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation></translation>
    </message>
    <message>
        <source>the subject contains a control character</source>
        <translation></translation>
    </message>
    <message>
        <source>the subject contains an invalid character</source>
        <translation></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; cannot be set</source>
        <translation></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is given twice</source>
        <translation></translation>
    </message>
    <message>
        <source>the value of the header &quot;%1&quot; contains a line break</source>
        <translation></translation>
    </message>
    <message>
        <source>the value of the header &quot;%1&quot; contains an invalid character</source>
        <translation></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; takes plain ASCII text only</source>
        <translation></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; takes message IDs such as &lt;id@example.com&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>an attachment has no file</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a content type such as image/png</source>
        <translation></translation>
    </message>
    <message>
        <source>the content ID &quot;%1&quot; contains characters it cannot hold</source>
        <translation></translation>
    </message>
    <message>
        <source>the content ID &quot;%1&quot; is used twice</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::MessageWriter</name>
    <message>
        <source>the file &quot;%1&quot; does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file</source>
        <translation></translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; cannot be read</source>
        <translation></translation>
    </message>
    <message>
        <source>the Message-ID &quot;%1&quot; is not valid</source>
        <translation></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; changed while the message was being sent.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::Pop3Client</name>
    <message>
        <source>The server does not offer STLS, so the connection cannot be encrypted. Mailwright will not continue without encryption; try SSL/TLS on port 995.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mailwright found no safe way to log in to this server: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server reported success without completing the login exchange (it never proved it knows the password).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server rejected the access token: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no message number %1: POP3 counts from 1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::Pop3Error</name>
    <message>
        <source>while connecting</source>
        <translation></translation>
    </message>
    <message>
        <source>while waiting for the server&apos;s greeting</source>
        <translation></translation>
    </message>
    <message>
        <source>while asking for its capabilities (CAPA)</source>
        <translation></translation>
    </message>
    <message>
        <source>while switching to TLS (STLS)</source>
        <translation></translation>
    </message>
    <message>
        <source>while logging in</source>
        <translation></translation>
    </message>
    <message>
        <source>while opening the mailbox</source>
        <translation></translation>
    </message>
    <message>
        <source>while downloading a message</source>
        <translation></translation>
    </message>
    <message>
        <source>while closing the session</source>
        <translation></translation>
    </message>
    <message>
        <source>The server rejected the user name or password (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server has a temporary problem %1; try again later (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server has a problem %1 that will not go away by itself; contact the provider (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The mailbox is in use by another program or device; close it there or try again in a few minutes (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server allows logging in only every few minutes; wait and try again (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The server name could not be found (DNS): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection was refused: nothing answers on that port. Check the port and security settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server could not be reached (%1). It may be the network or a firewall rather than your settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the connection but stopped answering %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up: %1. If the port expects the other security mode, switch between SSL/TLS and STARTTLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent data ahead of the TLS handshake, which is how response-injection attacks work. The connection was closed for your safety.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent more data %1 than the configured limit allows: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>while setting up the secure (TLS) connection</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::ProviderHints</name>
    <message>
        <source>You are logged in, but the server would not open the mailbox. It may be locked by another program, disabled, or not enabled for POP3 at the provider.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection right after the greeting. It may not accept clients from your network; try again later or from another network.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server name %1 does not exist. Check its spelling; providers usually call it smtp.%2 or pop.%2 (or pop3.%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Looking up %1 took too long. Check that this computer is online and that its DNS server answers.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be looked up. Check that this computer is online and that its DNS server works.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2, so the port or the security setting is probably wrong. POP3 normally uses port 995 with SSL/TLS, or port 110 with STARTTLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2, so the port or the security setting is probably wrong. Sending mail normally uses port 465 with SSL/TLS, or port 587 with STARTTLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be reached. Services outside mainland China such as %2 are often blocked or very slow from networks inside it, so this is most likely the network or a firewall, not your settings. Try again later, or from another network.</source>
        <comment>%2 is a provider name such as Gmail or Outlook.com</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be reached on port 25. Many networks and internet providers block port 25 for home users; use port 465 (SSL/TLS) or 587 (STARTTLS) for sending.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be reached on port %2. It may be the network or a firewall (on this computer, in your network or at your internet provider) rather than your settings, or the server is down. Try again later, or from another network.</source>
        <translation></translation>
    </message>
    <message>
        <source>Something on the network sent data in the server&apos;s name before encryption started, which is how attacks on STARTTLS work. Do not use this network for mail; if it keeps happening, choose SSL/TLS instead of STARTTLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on port %1. Choose SSL/TLS (port %2) instead. Only choose &quot;no encryption&quot; if your provider really has none, because your password would travel readable by anyone on the way.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS). Try SSL/TLS on port %1 instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Port %1 does not seem to speak SSL/TLS from the first byte; it probably expects STARTTLS. Choose STARTTLS (usually port %2) instead of SSL/TLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server and Mailwright could not agree on encryption. The server may only offer TLS versions older than 1.2, which are no longer safe; ask your provider, or try SSL/TLS on port %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for &quot;%1&quot;, not for %2. If %2 is your own domain at a hosting provider, use the hosting provider&apos;s server name instead (the one on the certificate, or the one in their setup guide).</source>
        <comment>%1 is the certificate&apos;s subject, %2 the host name the user entered</comment>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1. Check that this computer&apos;s date and time are right; if they are, the provider must renew the certificate.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check that this computer&apos;s date and time are right.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not come from an authority this computer trusts (it is self-signed or from a private authority). This is normal for some company servers, and also what an attacker&apos;s certificate looks like.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust it only if the provider confirms its SHA-256 fingerprint: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the connection on port %1 but never completed the encryption handshake. The port may expect STARTTLS (usually port %2) rather than SSL/TLS; otherwise the server or a firewall is holding the connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the connection on port %1 but said nothing: this port expects encryption (SSL/TLS) from the first byte. Choose SSL/TLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the connection but never said hello. It may be overloaded, or a firewall or proxy holds the connection. If this port expects SSL/TLS from the first byte, choose SSL/TLS; otherwise try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the conversation. It may be overloaded, or a firewall interferes; try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s first words were not %1. If it answered with encryption, the port expects SSL/TLS from the first byte: choose SSL/TLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting. It may refuse clients from your network, or the port expects SSL/TLS from the first byte.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server is busy or down for maintenance; try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refuses to talk to this computer. Your internet address may be on a block list, or this server does not serve you; check the server name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another program or device is connected to this mailbox right now, and POP3 allows only one at a time. Close the other mail program (or wait a few minutes for it to finish), then try again. Your settings are probably right.</source>
        <comment>POP3 [IN-USE]</comment>
        <translation></translation>
    </message>
    <message>
        <source>The server has a temporary problem on its side. Your settings may well be right; try again in a few minutes.</source>
        <comment>POP3 [SYS/TEMP]</comment>
        <translation></translation>
    </message>
    <message>
        <source>The provider allows a new login only every few minutes. Wait a while and try again, and let your mail program check for mail less often.</source>
        <comment>POP3 [LOGIN-DELAY]</comment>
        <translation></translation>
    </message>
    <message>
        <source>The server has a lasting problem with this mailbox (for example it is disabled or POP3 access is turned off). Contact your provider.</source>
        <comment>POP3 [SYS/PERM]</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your QQ password. In QQ Mail on the web open 设置 → 账户, find “POP3/IMAP/SMTP/Exchange/CardDAV/CalDAV服务”, turn on the POP3/SMTP service and click 生成授权码; confirm by SMS, then use the code as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider&apos;s own words on its web page. %1 is the provider&apos;s name, %2 its web address.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code, 客户端授权密码), not your login password. In the web mail open 设置 → POP3/SMTP/IMAP, turn on the POP3/SMTP service and add a 客户端授权密码 (新增授权密码); then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider&apos;s own words on its web page. %1 is the provider&apos;s name, %2 its web address.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password. In the web mail open 设置 → 客户端pop/imap/smtp, turn on the POP3/SMTP service and generate the 授权码; then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider&apos;s own words on its web page. %1 is the provider&apos;s name, %2 its web address.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code, 独立密码), not your login password. In the web mail open 选项 → 设置 → POP3/SMTP/IMAP, turn on the POP3/SMTP service and set the 独立密码; then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider&apos;s own words on its web page. %1 is the provider&apos;s name, %2 its web address.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password. In the web mail open 设置 → 常用设置 → 邮箱协议设置, turn on the POP3/SMTP service and get the 授权码 (it comes by SMS); then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider&apos;s own words on its web page. %1 is the provider&apos;s name, %2 its web address.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password, once client security is on. In the web mail open 设置 → POP3/SMTP/IMAP and turn on the POP3/SMTP service; under 账户与安全 create a 三方客户端安全密码 and use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider&apos;s own words on its web page. %1 is the provider&apos;s name, %2 its web address.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 does not accept your normal Google password from mail programs. Turn on 2-Step Verification for the account, create an app password at %2 and use it here (16 letters, spaces do not matter).</source>
        <comment>%1 is Gmail, %2 a web address</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs an app-specific password. Sign in at %2, open Sign-In and Security → App-Specific Passwords, create one and use it here.</source>
        <comment>%1 is iCloud Mail, %2 a web address</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs an app password. At %2 choose “Generate app password”, then use it here.</source>
        <comment>%1 is Yahoo Mail, %2 a web address</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 no longer accepts passwords from mail programs (basic authentication is switched off): an OAuth2 sign-in with your Microsoft account is needed instead. For a work or school account, the administrator can allow authenticated SMTP for this mailbox. %2</source>
        <comment>%1 is Outlook.com or Microsoft 365, %2 a web address</comment>
        <translation></translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 refused the password. If it is right, password logins are probably switched off for this account and an OAuth2 sign-in is needed; for a work account, the administrator must allow authenticated SMTP.</source>
        <translation></translation>
    </message>
    <message>
        <source>Port 25 is for servers passing mail to each other and usually offers no login. Use port 465 (SSL/TLS) or 587 (STARTTLS) for sending.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server offers no login method Mailwright can use safely here. Check the port and security setting, or choose a login method explicitly.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server broke the rules of the login exchange. Try choosing another login method explicitly (for example PLAIN or LOGIN).</source>
        <translation></translation>
    </message>
    <message>
        <source>The provider wants an application-specific password (app password) for mail programs, not your normal password. Create one in the account&apos;s security settings and use it here.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server wants encryption before the login. Choose STARTTLS or SSL/TLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server could not check the login just now. Your settings may be right; try again in a few minutes.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server rejected the user name or password. Check both (passwords are case-sensitive). Some providers want the whole address as the user name, others only the part before the @; and many want an app password or authorization code instead of the password you use on the web.</source>
        <translation></translation>
    </message>
    <message>
        <source>QQ Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>QQ Mail VIP</source>
        <translation></translation>
    </message>
    <message>
        <source>Foxmail</source>
        <translation></translation>
    </message>
    <message>
        <source>NetEase 163 Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>NetEase 126 Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>NetEase yeah.net Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>NetEase 188 Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>NetEase VIP Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Sina Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Sina VIP Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Sohu Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>139 Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Aliyun Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation></translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation></translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>The server did not answer the login in time. Servers deliberately slow down after failed logins, so the password may be wrong: check it, wait a minute and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection is not encrypted, so Mailwright did not log in: your password or the session could be read on the way. Choose SSL/TLS or STARTTLS; allow an unencrypted login only if your provider offers nothing else.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::RecipientCheck</name>
    <message>
        <source>The server knows this address (it answered VRFY with 250).</source>
        <translation></translation>
    </message>
    <message>
        <source>The address is not on this server, but the server will forward mail for it (VRFY 251): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server says there is no such mailbox (VRFY 550). Check the spelling of the address.</source>
        <translation></translation>
    </message>
    <message>
        <source>The user is not on this server (VRFY 551); the server may name where to write instead: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The address is ambiguous: several mailboxes on the server match it (VRFY 553). Use the full, exact address.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server would accept mail for this address (RCPT %1). It may still bounce later: many servers accept first and check afterwards.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server would refuse mail for this address: there is no such mailbox there (RCPT %1). Check the spelling.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not allow this address (RCPT 553): the mailbox name is not allowed or malformed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server asked to try again later (RCPT %1, for example greylisting), so the address could not be checked now.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server would not take mail for this address from you (RCPT %1), for example because it does not relay to other domains for this account.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::RecipientProbe</name>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The address needs SMTPUTF8, which this server does not offer.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::SecretError</name>
    <message>
        <source>no password is saved in the keychain for this account</source>
        <translation></translation>
    </message>
    <message>
        <source>no keychain service is running; the password will not be saved, you will be asked each time</source>
        <translation></translation>
    </message>
    <message>
        <source>the keychain refused access (it may be locked): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the keychain did not answer in time; the password was neither read nor saved</source>
        <translation></translation>
    </message>
    <message>
        <source>the keychain reported an error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>To have it remembered, run Mailwright in a desktop session with a keyring such as GNOME Keyring or KWallet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlock the keyring, then try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::ServerCheck</name>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server name %1 could not be looked up (DNS): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The server at %1:%2 did not accept the connection in time.</source>
        <translation></translation>
    </message>
    <message>
        <source>Looking up the server name %1 took too long.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server at %1 accepted the connection but never answered (%2).</source>
        <comment>%2 is the step name: greeting or tls</comment>
        <translation></translation>
    </message>
    <message>
        <source>The server at %1 accepted the connection but stopped answering (%2).</source>
        <comment>%2 is the step name, such as auth or capabilities</comment>
        <translation></translation>
    </message>
    <message>
        <source>Connected to %1; the login was not tested because no password was given.</source>
        <translation></translation>
    </message>
    <message>
        <source>Logged in to %1 as &quot;%2&quot;: the server refused the full address as the user name, so use &quot;%2&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Logged in to %1 as &quot;%2&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mailwright did not log in, because the connection is not encrypted and an unencrypted login was not allowed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::ServerConfig</name>
    <message>
        <source>the built-in provider list</source>
        <translation></translation>
    </message>
    <message>
        <source>your own provider file</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain&apos;s autoconfig server</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain&apos;s web site (.well-known)</source>
        <translation></translation>
    </message>
    <message>
        <source>the central provider database (ISPDB)</source>
        <translation></translation>
    </message>
    <message>
        <source>DNS service records (SRV)</source>
        <translation></translation>
    </message>
    <message>
        <source>the domain&apos;s mail exchanger (MX)</source>
        <translation></translation>
    </message>
    <message>
        <source>trying the usual server names</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::SmtpClient</name>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted. Mailwright will not continue without encryption; try SSL/TLS on port 465.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not offer authentication (AUTH) on this connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server reported success without completing the login exchange (it never proved it knows the password).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server rejected the access token: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The SMTP session had already ended.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation></translation>
    </message>
    <message>
        <source>The message body cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not support internationalized addresses (SMTPUTF8).</source>
        <translation></translation>
    </message>
    <message>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes.</source>
        <translation></translation>
    </message>
    <message>
        <source>The message has 8-bit content, but the server does not accept it (no 8BITMIME); it must be encoded first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::SmtpError</name>
    <message>
        <source>while connecting</source>
        <translation></translation>
    </message>
    <message>
        <source>while setting up the secure (TLS) connection</source>
        <translation></translation>
    </message>
    <message>
        <source>while waiting for the server&apos;s greeting</source>
        <translation></translation>
    </message>
    <message>
        <source>during the EHLO handshake</source>
        <translation></translation>
    </message>
    <message>
        <source>while switching to TLS (STARTTLS)</source>
        <translation></translation>
    </message>
    <message>
        <source>while logging in</source>
        <translation></translation>
    </message>
    <message>
        <source>when giving the sender address</source>
        <translation></translation>
    </message>
    <message>
        <source>when giving the recipients</source>
        <translation></translation>
    </message>
    <message>
        <source>while sending the message</source>
        <translation></translation>
    </message>
    <message>
        <source>while closing the session</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The server name could not be found (DNS): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection was refused: nothing answers on that port. Check the port and security settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server could not be reached (%1). It may be the network or a firewall rather than your settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the connection but stopped answering %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up: %1. If the port expects the other security mode, switch between SSL/TLS and STARTTLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent data ahead of the TLS handshake, which is how response-injection attacks work. The connection was closed for your safety.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server broke the SMTP protocol %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::TlsPolicy</name>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mw::cli</name>
    <message>
        <source>mailwright: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it inside a graphical session, or without one through a virtual display:
    xvfb-run -a mailwright
The command-line subcommands (mailwright --help) need no display.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation></translation>
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

Global options:
  --ca-file PEM          also trust this CA certificate (or MAILWRIGHT_CA_FILE)
  --lang zh_CN|en        choose the interface language
  --help                 show this help
  --version              show the version
</source>
        <translation></translation>
    </message>
    <message>
        <source>mailwright: unknown command or option &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs at least one value</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation></translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation></translation>
    </message>
    <message>
        <source>a user name was given but no password: use --password-stdin or set MAILWRIGHT_PASSWORD</source>
        <translation></translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not sent: %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>  rejected %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--smtp HOST:PORT/SEC is required</source>
        <translation></translation>
    </message>
    <message>
        <source>give either --eml or --subject/--body/--attach, not both</source>
        <translation></translation>
    </message>
    <message>
        <source>nothing to send: give --eml FILE..., or --subject with --body/--body-file/--attach</source>
        <translation></translation>
    </message>
    <message>
        <source>give either --body or --body-file, not both</source>
        <translation></translation>
    </message>
    <message>
        <source>--smtp: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>--timeout-ms needs a positive number</source>
        <translation></translation>
    </message>
    <message>
        <source>refusing to send a password without encryption (security &apos;plain&apos;); add --allow-plaintext if you really mean it</source>
        <translation></translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation></translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>--from is required with --subject</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no sender: give --from, or a single address in From:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no recipients: give --to, or To/Cc/Bcc fields</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write the transcript: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 is not available yet in this build; give the servers with --smtp and --pop3</source>
        <translation></translation>
    </message>
    <message>
        <source>--email ADDR is required</source>
        <translation></translation>
    </message>
    <message>
        <source>--email: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>--reply-to: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>refusing to keep a password for a server without encryption (%1); add --allow-plaintext if you really mean it</source>
        <translation></translation>
    </message>
    <message>
        <source>added account %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>The account was not added. To add it without saving the password, run the command again without --password-stdin, then give the password to each command with --password-stdin or MAILWRIGHT_PASSWORD.</source>
        <translation></translation>
    </message>
    <message>
        <source>no accounts; add one with: mailwright account add --email ADDR --smtp HOST:PORT/SEC</source>
        <translation></translation>
    </message>
    <message>
        <source>which account? give its name, address or id</source>
        <translation></translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>not saved (asked each time)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation></translation>
    </message>
    <message>
        <source>SMTP:</source>
        <translation></translation>
    </message>
    <message>
        <source>SMTP password:</source>
        <translation></translation>
    </message>
    <message>
        <source>POP3:</source>
        <translation></translation>
    </message>
    <message>
        <source>POP3 password:</source>
        <translation></translation>
    </message>
    <message>
        <source>IMAP:</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation></translation>
    </message>
    <message>
        <source>the strongest the server offers</source>
        <translation></translation>
    </message>
    <message>
        <source>Unencrypted:</source>
        <translation></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation></translation>
    </message>
    <message>
        <source>refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation></translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation></translation>
    </message>
    <message>
        <source>never</source>
        <translation></translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 for %2:%3 since %4</source>
        <translation></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The account was not removed, so that its password does not stay behind in the keychain. Try again where the keychain is available, or add --force to remove the account anyway.</source>
        <translation></translation>
    </message>
    <message>
        <source>removed account %1; its saved password, if any, is still in the keychain: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>removed account %1 and its saved passwords</source>
        <translation></translation>
    </message>
    <message>
        <source>--sha256 needs the certificate&apos;s SHA-256 fingerprint (64 hex digits, colons allowed)</source>
        <translation></translation>
    </message>
    <message>
        <source>--port needs --host</source>
        <translation></translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is used on more than one port; give --port</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a server of account %2</source>
        <translation></translation>
    </message>
    <message>
        <source>pinned with mailwright account pin</source>
        <translation></translation>
    </message>
    <message>
        <source>account %1 now trusts the certificate %2 on %3:%4, and only there</source>
        <translation></translation>
    </message>
    <message>
        <source>account %1 has no pin for that certificate</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: mailwright detect EMAIL [--json] [--offline] [--timeout-ms N] [--ispdb-url URL]
                         [--allow-http]
Finds the SMTP, POP3 and IMAP settings for EMAIL: the built-in provider list first, then the
domain&apos;s autoconfig files, the ISPDB, DNS SRV and MX records, and finally probing the usual names.
  --offline        the built-in and your own provider files only; no network
  --timeout-ms N   overall deadline (default 8000)
  --ispdb-url URL  ISPDB base URL (&quot;&lt;URL&gt;&lt;domain&gt;&quot; is fetched); an empty value disables it
  --allow-http     also try autoconfig over plain http (results then need confirmation)
</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the domain could not be found in DNS (check the address or the network)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no mail server settings found; enter them by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Please confirm these settings: they were not published by the domain itself.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: no encryption is available; passwords would be sent readable.</source>
        <translation></translation>
    </message>
    <message>
        <source>This provider accepts OAuth2 sign-in only, not passwords.</source>
        <translation></translation>
    </message>
    <message>
        <source>This provider needs an authorization code or app password, not your login password.</source>
        <translation></translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>EMAIL is required</source>
        <translation></translation>
    </message>
    <message>
        <source>--ispdb-url needs an https URL (or an empty value to disable it)</source>
        <translation></translation>
    </message>
    <message>
        <source>give either --account NAME or --smtp HOST:PORT/SEC</source>
        <translation></translation>
    </message>
    <message>
        <source>the account %1 has no outgoing (SMTP) server</source>
        <translation></translation>
    </message>
    <message>
        <source>No password is saved for this account: give it with --password-stdin.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: mailwright verify EMAIL [--smtp HOST:PORT/SEC] [--pop3 HOST:PORT/SEC]
                         [--user USER] [--password-stdin] [--auth MECHANISM]
                         [--allow-plaintext] [--timeout-ms N] [--recipient ADDR] [--json]
Logs in to the SMTP and POP3 servers (at the same time) to prove the settings; no mail is sent.
SEC is ssl, starttls or plain. The password comes from --password-stdin or MAILWRIGHT_PASSWORD;
without one, only the connection and encryption are checked. USER defaults to EMAIL.
--recipient asks the SMTP server whether it would accept mail for ADDR (VRFY, else RCPT TO).
</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>login mechanism as user name</comment>
        <translation></translation>
    </message>
    <message>
        <source>certificate: %1, issued by %2, SHA-256 %3</source>
        <translation></translation>
    </message>
    <message>
        <source>--account is not available yet in this build; give EMAIL with --smtp and/or --pop3</source>
        <translation></translation>
    </message>
    <message>
        <source>EMAIL: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>detection is not wired yet; give --smtp and/or --pop3</source>
        <translation></translation>
    </message>
    <message>
        <source>--recipient needs --smtp</source>
        <translation></translation>
    </message>
    <message>
        <source>--recipient: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>recipient %1: %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>recipient %1: not checked, because the SMTP verification failed</source>
        <translation></translation>
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
NAME is the account&apos;s name, address or id. SEC is ssl, starttls or plain.
The password (--password-stdin) is kept only in the system keychain, for SMTP
and POP3. remove also removes the saved passwords; --force removes the account
even when the keychain cannot be reached. A pin trusts one certificate for one
server of the account.
</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: mailwright send (--account NAME | --smtp HOST:PORT/SEC [--user USER]) [--password-stdin]
                       [--from ADDR] --to ADDR... [--cc ADDR...] [--bcc ADDR...]
                       (--eml FILE... | --subject TEXT [--body TEXT | --body-file FILE] [--attach FILE...])
                       [--auth MECHANISM] [--allow-plaintext] [--timeout-ms N]
                       [--transcript FILE] [--json]
SEC is ssl, starttls or plain. The password comes from --password-stdin or MAILWRIGHT_PASSWORD,
or, with --account, from the system keychain. --from defaults to the account&apos;s address.
With --eml and no --from/--to, the envelope is taken from the message&apos;s headers.
</source>
        <translation></translation>
    </message>
</context>
</TS>

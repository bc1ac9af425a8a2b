<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>mw::AccountError</name>
    <message>
        <source>cannot read the account file %1: %2</source>
        <translation>无法读取账户文件 %1：%2</translation>
    </message>
    <message>
        <source>the account file %1 is damaged (%2); it could not be moved aside, so it is left as it is and will not be overwritten</source>
        <translation>账户文件 %1 已损坏（%2）；无法将其移到别处，因此保持原样，也不会覆盖它</translation>
    </message>
    <message>
        <source>the account file %1 is damaged (%2); it was moved to %3 and Mailwright starts without accounts</source>
        <translation>账户文件 %1 已损坏（%2）；已将其移至 %3，Mailwright 将在没有账户的状态下启动</translation>
    </message>
    <message>
        <source>the account file %1 was written by a newer version of Mailwright (%2); it was left untouched</source>
        <translation>账户文件 %1 由更新版本的 Mailwright 写入（%2）；未对其做任何改动</translation>
    </message>
    <message>
        <source>cannot save the account file %1: %2; the previous file is unchanged</source>
        <translation>无法保存账户文件 %1：%2；原文件保持不变</translation>
    </message>
    <message>
        <source>the account file %1 was changed by another program while this one was using it; nothing was saved</source>
        <translation>账户文件 %1 在使用期间被其他程序修改；未保存任何内容</translation>
    </message>
    <message>
        <source>the account file %1 is being saved by another Mailwright; nothing was saved</source>
        <translation>另一个 Mailwright 正在保存账户文件 %1；未保存任何内容</translation>
    </message>
    <message>
        <source>the account file %1 could not be loaded, so it will not be overwritten</source>
        <translation>无法加载账户文件 %1，因此不会覆盖它</translation>
    </message>
    <message>
        <source>no account named "%1"</source>
        <translation>没有名为“%1”的账户</translation>
    </message>
    <message>
        <source>"%1" names more than one account; use the address or the id</source>
        <translation>“%1”对应多个账户；请改用邮箱地址或 ID</translation>
    </message>
    <message>
        <source>there is already an account for %1</source>
        <translation>%1 的账户已存在</translation>
    </message>
    <message>
        <source>invalid account data: %1</source>
        <translation>账户数据无效：%1</translation>
    </message>
    <message>
        <source>Add the accounts again, or repair the moved file and put it back.</source>
        <translation>请重新添加账户，或修复被移走的文件后再放回原处。</translation>
    </message>
    <message>
        <source>Use the newer Mailwright, or move the file away to start afresh with this one.</source>
        <translation>请使用更新版本的 Mailwright；或者把该文件移走，用当前版本从头开始。</translation>
    </message>
    <message>
        <source>Check the permissions of the file and its folder, and the free disk space.</source>
        <translation>请检查该文件及其所在文件夹的权限，以及磁盘剩余空间。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
</context>
<context>
    <name>mw::AccountTargetResolver</name>
    <message>
        <source>The account %1 has no outgoing (SMTP) server.</source>
        <translation>账户 %1 没有设置发件服务器（SMTP）。</translation>
    </message>
    <message>
        <source>Refusing to send a password without encryption: the account %1 uses no encryption and was not allowed to.</source>
        <translation>拒绝在未加密的连接上发送密码：账户 %1 的加密方式为“无”，且未被允许明文登录。</translation>
    </message>
</context>
<context>
    <name>mw::AccountWizard</name>
    <message>
        <source>Add Mail Account</source>
        <translation>添加邮箱账户</translation>
    </message>
</context>
<context>
    <name>mw::AddressHistory</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The address history %1 is damaged; starting empty.</source>
        <translation>地址记录 %1 已损坏，将从空记录开始。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>mw::AttachmentPanel</name>
    <message>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>No attachments. Drop files here to attach them.</source>
        <translation>没有附件。把文件拖到这里即可添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n 个附件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>With the attachments the message is about %1, more than the %2 this server accepts. It will probably be refused.</source>
        <translation>加上附件后邮件约 %1，超过了该服务器允许的 %2，很可能会被拒收。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
</context>
<context>
    <name>mw::AuthHelperDialog</name>
    <message>
        <source>AUTH helper</source>
        <translation>AUTH 登录助手</translation>
    </message>
    <message>
        <source>Mailwright encodes the credentials (base64) and sends them. The log shows &lt;redacted&gt; in their place.</source>
        <translation>Mailwright 会把用户名和密码编码（base64）后发送，日志中只显示 &lt;redacted&gt;。</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password or authorization code:</source>
        <translation>密码或授权码：</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>mw::AutoconfigFetcher</name>
    <message>
        <source>refused a redirect to %1</source>
        <translation>已拒绝重定向到 %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit</source>
        <translation>文件超过大小上限</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no file there (HTTP %1)</source>
        <translation>没有这个文件（HTTP %1）</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器回复 HTTP %1</translation>
    </message>
</context>
<context>
    <name>mw::CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>The mail server identified itself with a certificate that could not be verified. Someone may be pretending to be your mail server. Only trust it if you know why it is not verified, for example because your organisation uses its own certificates.</source>
        <translation>邮件服务器出示的证书无法验证，可能有人冒充您的邮件服务器。只有在您清楚它为什么无法验证时（例如您的单位使用自己签发的证书）才信任它。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Why it is not trusted:</source>
        <translation>不受信任的原因：</translation>
    </message>
    <message>
        <source>&amp;Go back (recommended)</source>
        <translation>返回（推荐）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>为此账户信任该证书(&amp;T)</translation>
    </message>
</context>
<context>
    <name>mw::ComposerWindow</name>
    <message>
        <source>name@example.com, Name &lt;name@example.com&gt;</source>
        <translation>name@example.com, 姓名 &lt;name@example.com&gt;</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>密送：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>富文本</translation>
    </message>
    <message>
        <source>Bold, italic and lists; sent as HTML with a plain-text copy.</source>
        <translation>支持粗体、斜体和列表；以 HTML 发送，并附带纯文本版本。</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Choose the account to send from (add one first if there is none).</source>
        <translation>请选择发件账户（如果还没有，请先添加一个）。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>请至少填写一个收件人。</translation>
    </message>
    <message>
        <source>This message is already in the outbox.</source>
        <translation>这封邮件已经在发件箱中。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿保存失败：%1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <source>Compose: %1</source>
        <translation>写邮件：%1</translation>
    </message>
</context>
<context>
    <name>mw::ConsoleSession</name>
    <message>
        <source>The server name was not found.</source>
        <translation>找不到该服务器名称。</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing listens on that port.</source>
        <translation>服务器拒绝连接：该端口上没有服务。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>服务器停止响应。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>TLS 握手失败。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted.</source>
        <translation>服务器的证书不受信任。</translation>
    </message>
    <message>
        <source>The server sent data across the TLS upgrade; the connection was closed for safety.</source>
        <translation>服务器在 TLS 升级前后夹带了数据，为安全起见已断开连接。</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid line of text.</source>
        <translation>服务器发送的数据不是有效的文本行。</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>正在连接 %1 …</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>尚未连接。</translation>
    </message>
    <message>
        <source>A command must be one line, without line breaks or NUL characters.</source>
        <translation>命令只能是一行，不能包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>Wait until the AUTH helper has finished.</source>
        <translation>请等待 AUTH 登录助手完成。</translation>
    </message>
    <message>
        <source>The connection is already encrypted.</source>
        <translation>连接已经加密。</translation>
    </message>
    <message>
        <source>An AUTH exchange is already in progress.</source>
        <translation>已有一个 AUTH 认证正在进行。</translation>
    </message>
    <message>
        <source>Enter both the user name and the password.</source>
        <translation>请同时填写用户名和密码。</translation>
    </message>
    <message>
        <source>The user name and password cannot contain NUL characters.</source>
        <translation>用户名和密码不能包含 NUL 字符。</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password would cross the network readable. Start TLS first.</source>
        <translation>连接尚未加密，密码会以明文在网络上传输。请先启动 TLS。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Connected to %1:%2.</source>
        <translation>已连接到 %1:%2。</translation>
    </message>
    <message>
        <source>TLS is on: %1</source>
        <translation>TLS 已启用：%1</translation>
    </message>
    <message>
        <source>Starting TLS …</source>
        <translation>正在启动 TLS …</translation>
    </message>
</context>
<context>
    <name>mw::DetectPage</name>
    <message>
        <source>Finding your server settings</source>
        <translation>正在查找服务器设置</translation>
    </message>
    <message>
        <source>Mailwright asks the sources below, most reliable first.</source>
        <translation>Mailwright 按可靠程度依次查询以下来源。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation>✓ 已找到</translation>
    </message>
    <message>
        <source>– nothing there</source>
        <translation>– 无结果</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>&amp;Stop and use what was found</source>
        <translation>停止并使用已找到的设置(&amp;S)</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>手动设置(&amp;M)</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>正在查找 %1 的设置…</translation>
    </message>
    <message>
        <source>at most %1 s left</source>
        <translation>最多还需 %1 秒</translation>
    </message>
    <message>
        <source>not in the provider list</source>
        <translation>不在服务商列表中</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>用时 %1 秒</translation>
    </message>
    <message>
        <source>Settings found (source: %1).</source>
        <translation>已找到设置（来源：%1）。</translation>
    </message>
    <message>
        <source>The domain %1 could not be found in DNS. Check the address, or the network, or enter the settings by hand.</source>
        <translation>在 DNS 中找不到域名 %1。请检查邮箱地址或网络，或手动填写设置。</translation>
    </message>
    <message>
        <source>No server settings were found for %1. Enter them by hand.</source>
        <translation>没有找到 %1 的服务器设置，请手动填写。</translation>
    </message>
    <message>
        <source>Search stopped: you enter the settings yourself.</source>
        <translation>已停止查找：请自行填写设置。</translation>
    </message>
</context>
<context>
    <name>mw::Discovery</name>
    <message>
        <source>not in the provider list</source>
        <translation>不在服务商列表中</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>the file lists no usable server</source>
        <translation>文件中没有可用的服务器</translation>
    </message>
    <message>
        <source>no SRV records</source>
        <translation>没有 SRV 记录</translation>
    </message>
    <message>
        <source>no server answered</source>
        <translation>没有服务器响应</translation>
    </message>
    <message>
        <source>stopped at the deadline</source>
        <translation>已到时限，已停止</translation>
    </message>
</context>
<context>
    <name>mw::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>账户已就绪</translation>
    </message>
    <message>
        <source>Both servers accepted the settings. Press Finish to save the account.</source>
        <translation>两台服务器都接受了这些设置。点击“完成”保存账户。</translation>
    </message>
    <message>
        <source>&amp;Save the password in the system keychain</source>
        <translation>将密码保存到系统钥匙串(&amp;S)</translation>
    </message>
    <message>
        <source>Send a &amp;test message to myself</source>
        <translation>给自己发一封测试邮件(&amp;T)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>邮箱地址：</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1，用户名 %2</translation>
    </message>
    <message>
        <source>Sending (SMTP):</source>
        <translation>发件（SMTP）：</translation>
    </message>
    <message>
        <source>Receiving (POP3):</source>
        <translation>收件（POP3）：</translation>
    </message>
    <message>
        <source>Settings from:</source>
        <translation>设置来源：</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>您手动填写</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>已信任的证书：</translation>
    </message>
    <message>
        <source>Nothing was saved. To add the account without keeping the password, untick “Save the password in the system keychain”; Mailwright will then ask for it when it is needed.</source>
        <translation>没有保存任何内容。如要添加账户但不保存密码，请取消勾选“将密码保存到系统钥匙串”，Mailwright 会在需要时向您询问密码。</translation>
    </message>
    <message>
        <source>Mailwright test message</source>
        <translation>Mailwright 测试邮件</translation>
    </message>
    <message>
        <source>This message was sent by Mailwright to test the outgoing server of your new account. You can delete it.</source>
        <translation>这封邮件由 Mailwright 发送，用于测试新账户的发件服务器。您可以删除它。</translation>
    </message>
    <message>
        <source>Sent. It should arrive in your inbox shortly.</source>
        <translation>已发送，稍后应会出现在您的收件箱中。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>测试邮件未能发送：%1</translation>
    </message>
</context>
<context>
    <name>mw::DraftStore</name>
    <message>
        <source>"%1" is not a draft name.</source>
        <translation>“%1”不是有效的草稿名称。</translation>
    </message>
    <message>
        <source>Cannot read the draft %1: %2</source>
        <translation>无法读取草稿 %1：%2</translation>
    </message>
    <message>
        <source>The draft %1 is damaged or from a newer version.</source>
        <translation>草稿 %1 已损坏，或由更新版本创建。</translation>
    </message>
    <message>
        <source>The draft %1 is damaged: %2</source>
        <translation>草稿 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>无法创建草稿箱文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1: %2</source>
        <translation>无法删除草稿 %1：%2</translation>
    </message>
</context>
<context>
    <name>mw::DraftsView</name>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
</context>
<context>
    <name>mw::DurableFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot sync the folder %1: %2</source>
        <translation>无法将文件夹 %1 同步到磁盘：%2</translation>
    </message>
</context>
<context>
    <name>mw::EmailAddress</name>
    <message>
        <source>the address contains an invalid character</source>
        <translation>邮箱地址包含无效字符</translation>
    </message>
    <message>
        <source>the address contains a line break</source>
        <translation>邮箱地址包含换行符</translation>
    </message>
    <message>
        <source>the address contains a control character</source>
        <translation>邮箱地址包含控制字符</translation>
    </message>
    <message>
        <source>the address contains an invisible formatting character</source>
        <translation>邮箱地址包含不可见的格式字符</translation>
    </message>
    <message>
        <source>the part before @ is empty</source>
        <translation>@ 前面的部分为空</translation>
    </message>
    <message>
        <source>the part before @ contains the character "%1"</source>
        <translation>@ 前面的部分包含字符“%1”</translation>
    </message>
    <message>
        <source>the part before @ starts or ends with a dot</source>
        <translation>@ 前面的部分以句点开头或结尾</translation>
    </message>
    <message>
        <source>the part before @ contains two dots in a row</source>
        <translation>@ 前面的部分包含两个连续的句点</translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 bytes</source>
        <translation>@ 前面的部分超过 64 字节</translation>
    </message>
    <message>
        <source>the domain "%1" has an empty part between dots</source>
        <translation>域名“%1”中有两个句点之间为空</translation>
    </message>
    <message>
        <source>the domain "%1" contains the character "%2"</source>
        <translation>域名“%1”包含字符“%2”</translation>
    </message>
    <message>
        <source>the domain "%1" has a part that starts or ends with a hyphen</source>
        <translation>域名“%1”中有一段以连字符开头或结尾</translation>
    </message>
    <message>
        <source>the domain "%1" has a part longer than 63 bytes</source>
        <translation>域名“%1”中有一段超过 63 字节</translation>
    </message>
    <message>
        <source>the part after @ is empty</source>
        <translation>@ 后面的部分为空</translation>
    </message>
    <message>
        <source>"%1" is not a valid IP address in brackets</source>
        <translation>“%1”不是有效的 IP 地址（写在方括号中的形式）</translation>
    </message>
    <message>
        <source>the domain "%1" is not a valid internet domain</source>
        <translation>“%1”不是有效的互联网域名</translation>
    </message>
    <message>
        <source>the domain "%1" has no dot; mail domains look like example.com</source>
        <translation>域名“%1”中没有句点；邮件域名应形如 example.com</translation>
    </message>
    <message>
        <source>the domain "%1" ends in a number; write an IP address in brackets, like [%1]</source>
        <translation>域名“%1”以数字结尾；IP 地址请写在方括号中，例如 [%1]</translation>
    </message>
    <message>
        <source>the domain "%1" is longer than 255 bytes</source>
        <translation>域名“%1”超过 255 字节</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>邮箱地址为空</translation>
    </message>
    <message>
        <source>the address contains "&lt;" or "&gt;"; enter only the address itself</source>
        <translation>邮箱地址包含“&lt;”或“&gt;”；请只输入地址本身</translation>
    </message>
    <message>
        <source>the address contains a full-width "＠"; type the ASCII "@" instead</source>
        <translation>邮箱地址包含全角的“＠”；请改用半角的“@”</translation>
    </message>
    <message>
        <source>the quotes in the part before @ are not closed</source>
        <translation>@ 前面部分的引号没有闭合</translation>
    </message>
    <message>
        <source>the address contains a space</source>
        <translation>邮箱地址包含空格</translation>
    </message>
    <message>
        <source>the address has no @</source>
        <translation>邮箱地址中没有 @</translation>
    </message>
    <message>
        <source>the address has more than one @</source>
        <translation>邮箱地址中有多个 @</translation>
    </message>
    <message>
        <source>the quoted text must be the whole part before @</source>
        <translation>带引号的文本必须构成 @ 前面的整个部分</translation>
    </message>
    <message>
        <source>the address is longer than 254 bytes</source>
        <translation>邮箱地址超过 254 字节</translation>
    </message>
</context>
<context>
    <name>mw::EmlMessage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the header section is larger than 1 MiB</source>
        <translation>%1：邮件头部分超过 1 MiB</translation>
    </message>
    <message>
        <source>%1 does not look like an email message (RFC 5322 header fields expected)</source>
        <translation>%1 看起来不是一封邮件（未找到 RFC 5322 邮件头字段）</translation>
    </message>
    <message>
        <source>%1: bad Bcc field: %2</source>
        <translation>%1：Bcc 字段有误：%2</translation>
    </message>
    <message>
        <source>%1: bad %2 field: %3</source>
        <translation>%1：%2 字段有误：%3</translation>
    </message>
</context>
<context>
    <name>mw::Endpoint</name>
    <message>
        <source>unknown security "%1": use ssl, starttls or plain</source>
        <translation>未知的加密方式“%1”：请使用 ssl、starttls 或 plain</translation>
    </message>
    <message>
        <source>missing ']' after the IPv6 address</source>
        <translation>IPv6 地址后缺少“]”</translation>
    </message>
    <message>
        <source>"%1" is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
    <message>
        <source>expected ':' and a port after the address</source>
        <translation>地址后面应有“:”和端口号</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name</source>
        <translation>“%1”不是有效的主机名</translation>
    </message>
    <message>
        <source>"%1" is not a valid port</source>
        <translation>“%1”不是有效的端口</translation>
    </message>
</context>
<context>
    <name>mw::IdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>您的邮箱账户</translation>
    </message>
    <message>
        <source>Enter your address and password. Mailwright finds the server settings for you and checks them before anything is saved.</source>
        <translation>请输入邮箱地址和密码。Mailwright 会自动查找服务器设置，并在保存前先进行验证。</translation>
    </message>
    <message>
        <source>e.g. Alice Example</source>
        <comment>sample sender name</comment>
        <translation>例如：张三</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>显示密码(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keychain)</source>
        <translation>记住密码（保存在系统钥匙串中）(&amp;R)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>邮箱地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>This is not a valid email address: %1</source>
        <translation>这不是有效的邮箱地址：%1</translation>
    </message>
    <message>
        <source>&amp;Authorization code:</source>
        <comment>授权码 of Chinese providers</comment>
        <translation>授权码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;App password:</source>
        <translation>应用专用密码(&amp;A)：</translation>
    </message>
    <message>
        <source>%1 accepts only OAuth2 sign-in, not passwords. Mailwright cannot log in there with a password.</source>
        <translation>%1 只接受 OAuth2 登录，不接受密码，Mailwright 无法用密码登录该邮箱。</translation>
    </message>
    <message>
        <source>%1 needs an authorization code (授权码), not your login password.</source>
        <translation>%1 需要使用授权码，而不是您的登录密码。</translation>
    </message>
    <message>
        <source>%1 needs an app password, not your login password.</source>
        <translation>%1 需要使用应用专用密码，而不是您的登录密码。</translation>
    </message>
    <message>
        <source>Open the settings page of %1</source>
        <translation>打开 %1 的设置页面</translation>
    </message>
</context>
<context>
    <name>mw::Mailbox</name>
    <message>
        <source>the name contains an invalid character</source>
        <translation>显示名称包含无效字符</translation>
    </message>
    <message>
        <source>the name contains a line break</source>
        <translation>显示名称包含换行符</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>显示名称包含控制字符</translation>
    </message>
    <message>
        <source>the entry is empty</source>
        <translation>该项为空</translation>
    </message>
    <message>
        <source>a quote (") is not closed</source>
        <translation>引号（"）没有闭合</translation>
    </message>
    <message>
        <source>no email address found; an address looks like name@example.com</source>
        <translation>未找到邮箱地址；地址应形如 name@example.com</translation>
    </message>
    <message>
        <source>the "&lt;" is not closed by a "&gt;"</source>
        <translation>“&lt;”缺少与之配对的“&gt;”</translation>
    </message>
    <message>
        <source>unexpected text after "&gt;": "%1"</source>
        <translation>“&gt;”后面有多余的文本：“%1”</translation>
    </message>
    <message>
        <source>entry %1 ("%2"): %3</source>
        <translation>第 %1 项（“%2”）：%3</translation>
    </message>
</context>
<context>
    <name>mw::MailtoUrl</name>
    <message>
        <source>bad percent-encoding at "%1"</source>
        <translation>“%1”处的百分号编码有误</translation>
    </message>
    <message>
        <source>the encoded text is not valid UTF-8</source>
        <translation>编码后的文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>Not a usable mailto link: %1</source>
        <translation>无法使用的 mailto 链接：%1</translation>
    </message>
    <message>
        <source>it does not start with "mailto:"</source>
        <translation>它不是以“mailto:”开头</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>其中含有空格或控制字符</translation>
    </message>
</context>
<context>
    <name>mw::MainWindow</name>
    <message>
        <source>Mailwright</source>
        <translation>Mailwright 邮件助手</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>测试账户</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿箱</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>发件箱（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>写邮件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Test account</source>
        <translation>测试账户(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Protocol console</source>
        <translation>协议控制台(&amp;P)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Interrupted sending</source>
        <translation>发送被中断</translation>
    </message>
    <message numerus="yes">
        <source>Mailwright was closed while sending %n message(s). Send them again now?

If the server had already accepted one, the recipient gets it twice (with the same Message-ID).</source>
        <translation>
            <numerusform>Mailwright 在发送 %n 封邮件时被关闭。现在重新发送吗？

如果服务器当时已经收下了某封邮件，收件人会收到两份（Message-ID 相同）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Keep in the outbox</source>
        <translation>留在发件箱</translation>
    </message>
    <message>
        <source>Last test failed: %1</source>
        <translation>上次测试失败：%1</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>已验证 %1</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>尚未验证</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>打开草稿</translation>
    </message>
</context>
<context>
    <name>mw::MessageDraft</name>
    <message>
        <source>the message has no sender (From)</source>
        <translation>邮件没有发件人（From）</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>邮件没有收件人</translation>
    </message>
    <message>
        <source>the subject contains a control character</source>
        <translation>主题包含控制字符</translation>
    </message>
    <message>
        <source>the subject contains an invalid character</source>
        <translation>主题包含无效字符</translation>
    </message>
    <message>
        <source>the header "%1" cannot be set</source>
        <translation>不能设置邮件头“%1”</translation>
    </message>
    <message>
        <source>the header "%1" is given twice</source>
        <translation>邮件头“%1”出现了两次</translation>
    </message>
    <message>
        <source>the value of the header "%1" contains a line break</source>
        <translation>邮件头“%1”的值包含换行符</translation>
    </message>
    <message>
        <source>the value of the header "%1" contains an invalid character</source>
        <translation>邮件头“%1”的值包含无效字符</translation>
    </message>
    <message>
        <source>the header "%1" takes plain ASCII text only</source>
        <translation>邮件头“%1”只能包含纯 ASCII 文本</translation>
    </message>
    <message>
        <source>the header "%1" takes message IDs such as &lt;id@example.com&gt;</source>
        <translation>邮件头“%1”的值应为邮件 ID，例如 &lt;id@example.com&gt;</translation>
    </message>
    <message>
        <source>an attachment has no file</source>
        <translation>有一个附件没有指定文件</translation>
    </message>
    <message>
        <source>"%1" is not a content type such as image/png</source>
        <translation>“%1”不是有效的内容类型（例如 image/png）</translation>
    </message>
    <message>
        <source>the content ID "%1" contains characters it cannot hold</source>
        <translation>内容 ID“%1”包含不允许的字符</translation>
    </message>
    <message>
        <source>the content ID "%1" is used twice</source>
        <translation>内容 ID“%1”被使用了两次</translation>
    </message>
</context>
<context>
    <name>mw::MessageWriter</name>
    <message>
        <source>the file "%1" does not exist</source>
        <translation>文件“%1”不存在</translation>
    </message>
    <message>
        <source>"%1" is a folder, not a file</source>
        <translation>“%1”是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file "%1" cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>the file "%1" cannot be read</source>
        <translation>无法读取文件“%1”</translation>
    </message>
    <message>
        <source>the Message-ID "%1" is not valid</source>
        <translation>Message-ID“%1”无效</translation>
    </message>
    <message>
        <source>The attachment "%1" cannot be read: %2</source>
        <translation>无法读取附件“%1”：%2</translation>
    </message>
    <message>
        <source>The attachment "%1" changed while the message was being sent.</source>
        <translation>附件“%1”在邮件发送过程中被修改了。</translation>
    </message>
</context>
<context>
    <name>mw::MxDiscovery</name>
    <message>
        <source>no MX records</source>
        <translation>没有 MX 记录</translation>
    </message>
    <message>
        <source>MX %1 → %2</source>
        <translation>MX %1 → %2</translation>
    </message>
    <message>
        <source>MX %1 is within the domain itself</source>
        <translation>MX %1 就在该域名之下</translation>
    </message>
    <message>
        <source>MX %1 → provider file for %2</source>
        <translation>MX %1 → %2 的服务商配置文件</translation>
    </message>
    <message>
        <source>MX %1: no server answered under %2</source>
        <translation>MX %1：%2 下没有服务器应答</translation>
    </message>
    <message>
        <source>MX %1 → servers under %2</source>
        <translation>MX %1 → %2 下的服务器</translation>
    </message>
</context>
<context>
    <name>mw::Outbox</name>
    <message>
        <source>Cannot create the outbox folder %1.</source>
        <translation>无法创建发件箱文件夹 %1。</translation>
    </message>
    <message>
        <source>Another Mailwright process is sending from this outbox.</source>
        <translation>另一个 Mailwright 进程正在从此发件箱发送邮件。</translation>
    </message>
    <message>
        <source>Cannot lock the outbox folder %1.</source>
        <translation>无法锁定发件箱文件夹 %1。</translation>
    </message>
    <message>
        <source>No account is chosen to send from.</source>
        <translation>尚未选择发件账户。</translation>
    </message>
    <message>
        <source>The message %1 is not in the outbox.</source>
        <translation>发件箱中没有邮件 %1。</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>mw::OutboxView</name>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Send all now</source>
        <translation>全部立即发送</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1 Next attempt at %2.</source>
        <translation>%1 下次尝试时间：%2。</translation>
    </message>
    <message>
        <source>Sending was interrupted; it may or may not have been delivered.</source>
        <translation>发送被中断；邮件可能已送达，也可能没有。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Delete from the outbox</source>
        <translation>从发件箱删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox? They will not be sent.</source>
        <translation>
            <numerusform>要从发件箱删除 %n 封邮件吗？删除后将不会发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mw::Pop3Client</name>
    <message>
        <source>The server does not offer STLS, so the connection cannot be encrypted. Mailwright will not continue without encryption; try SSL/TLS on port 995.</source>
        <translation>服务器不支持 STLS，无法对连接加密。Mailwright 不会在不加密的情况下继续；请改用 SSL/TLS（端口 995）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Mailwright found no safe way to log in to this server: %1.</source>
        <translation>Mailwright 找不到能安全登录此服务器的方式：%1。</translation>
    </message>
    <message>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation>服务器发来的登录质询不是有效的 base64。</translation>
    </message>
    <message>
        <source>The server reported success without completing the login exchange (it never proved it knows the password).</source>
        <translation>服务器在登录交互尚未完成时就报告成功（它始终没有证明自己知道密码）。</translation>
    </message>
    <message>
        <source>The server rejected the access token: %1</source>
        <translation>服务器拒绝了访问令牌：%1</translation>
    </message>
    <message>
        <source>There is no message number %1: POP3 counts from 1.</source>
        <translation>没有编号为 %1 的邮件：POP3 从 1 开始编号。</translation>
    </message>
</context>
<context>
    <name>mw::Pop3Error</name>
    <message>
        <source>while connecting</source>
        <translation>连接时</translation>
    </message>
    <message>
        <source>while waiting for the server's greeting</source>
        <translation>等待服务器欢迎信息时</translation>
    </message>
    <message>
        <source>while asking for its capabilities (CAPA)</source>
        <translation>查询服务器功能（CAPA）时</translation>
    </message>
    <message>
        <source>while switching to TLS (STLS)</source>
        <translation>切换到 TLS（STLS）时</translation>
    </message>
    <message>
        <source>while logging in</source>
        <translation>登录时</translation>
    </message>
    <message>
        <source>while opening the mailbox</source>
        <translation>打开邮箱时</translation>
    </message>
    <message>
        <source>while downloading a message</source>
        <translation>下载邮件时</translation>
    </message>
    <message>
        <source>while closing the session</source>
        <translation>结束会话时</translation>
    </message>
    <message>
        <source>The server rejected the user name or password (%1).</source>
        <translation>服务器拒绝了用户名或密码（%1）。</translation>
    </message>
    <message>
        <source>The server has a temporary problem %1; try again later (%2).</source>
        <translation>服务器在%1出现临时故障，请稍后重试（%2）。</translation>
    </message>
    <message>
        <source>The server has a problem %1 that will not go away by itself; contact the provider (%2).</source>
        <translation>服务器在%1出现无法自行恢复的故障，请联系邮箱服务商（%2）。</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program or device; close it there or try again in a few minutes (%1).</source>
        <translation>邮箱正被其他程序或设备使用；请在那里关闭它，或几分钟后重试（%1）。</translation>
    </message>
    <message>
        <source>The server allows logging in only every few minutes; wait and try again (%1).</source>
        <translation>服务器限制每隔几分钟才能登录一次；请稍候再试（%1）。</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>服务器在%1拒绝了请求：%2</translation>
    </message>
    <message>
        <source>The server name could not be found (DNS): %1</source>
        <translation>找不到服务器名称（DNS）：%1</translation>
    </message>
    <message>
        <source>The connection was refused: nothing answers on that port. Check the port and security settings.</source>
        <translation>连接被拒绝：该端口上没有服务响应。请检查端口和加密方式设置。</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). It may be the network or a firewall rather than your settings.</source>
        <translation>无法连接到服务器（%1）。问题可能出在网络或防火墙，而不是您的设置。</translation>
    </message>
    <message>
        <source>The server accepted the connection but stopped answering %1.</source>
        <translation>服务器已接受连接，但在%1停止了响应。</translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation>服务器在%1关闭了连接。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up: %1. If the port expects the other security mode, switch between SSL/TLS and STARTTLS.</source>
        <translation>无法建立安全（TLS）连接：%1。如果该端口要求另一种加密方式，请在 SSL/TLS 和 STARTTLS 之间切换。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: %1</source>
        <translation>服务器证书不受信任：%1</translation>
    </message>
    <message>
        <source>The server sent data ahead of the TLS handshake, which is how response-injection attacks work. The connection was closed for your safety.</source>
        <translation>服务器在 TLS 握手之前就发送了数据，这正是响应注入攻击的手法。为了您的安全，连接已关闭。</translation>
    </message>
    <message>
        <source>The server broke the POP3 protocol %1: %2</source>
        <translation>服务器在%1违反了 POP3 协议：%2</translation>
    </message>
    <message>
        <source>The server sent more data %1 than the configured limit allows: %2</source>
        <translation>服务器在%1发送的数据超出了设定的上限：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>while setting up the secure (TLS) connection</source>
        <translation>建立安全（TLS）连接时</translation>
    </message>
</context>
<context>
    <name>mw::ProtocolConsole</name>
    <message>
        <source>Protocol console</source>
        <translation>协议控制台</translation>
    </message>
    <message>
        <source>SMTP (sending)</source>
        <translation>SMTP（发件）</translation>
    </message>
    <message>
        <source>POP3 (receiving)</source>
        <translation>POP3（收件）</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>不加密（明文）</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Type a command, e.g. EHLO example.com or CAPA</source>
        <translation>输入命令，例如 EHLO example.com 或 CAPA</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Start TLS</source>
        <translation>启动 TLS</translation>
    </message>
    <message>
        <source>AUTH helper…</source>
        <translation>AUTH 登录助手…</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Other server (enter below)</source>
        <translation>其他服务器（在下方填写）</translation>
    </message>
    <message>
        <source>Enter the server's host name.</source>
        <translation>请填写服务器主机名。</translation>
    </message>
    <message>
        <source>Save the console log</source>
        <translation>保存控制台日志</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>文本文件 (*.txt *.log)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
</context>
<context>
    <name>mw::ProviderHints</name>
    <message>
        <source>You are logged in, but the server would not open the mailbox. It may be locked by another program, disabled, or not enabled for POP3 at the provider.</source>
        <translation>已登录，但服务器不肯打开邮箱。邮箱可能被其他程序锁定、已被停用，或者尚未在服务商处开启 POP3。</translation>
    </message>
    <message>
        <source>The server closed the connection right after the greeting. It may not accept clients from your network; try again later or from another network.</source>
        <translation>服务器发送欢迎信息后立即关闭了连接。它可能不接受来自您所在网络的客户端；请稍后重试，或换一个网络再试。</translation>
    </message>
    <message>
        <source>The server name %1 does not exist. Check its spelling; providers usually call it smtp.%2 or pop.%2 (or pop3.%2).</source>
        <translation>服务器名称 %1 不存在。请检查拼写；服务商通常将其命名为 smtp.%2 或 pop.%2（或 pop3.%2）。</translation>
    </message>
    <message>
        <source>Looking up %1 took too long. Check that this computer is online and that its DNS server answers.</source>
        <translation>查询 %1 耗时过长。请检查本机是否已联网，以及 DNS 服务器是否有响应。</translation>
    </message>
    <message>
        <source>%1 could not be looked up. Check that this computer is online and that its DNS server works.</source>
        <translation>无法查询 %1。请检查本机是否已联网，以及 DNS 服务器是否正常工作。</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2, so the port or the security setting is probably wrong. POP3 normally uses port 995 with SSL/TLS, or port 110 with STARTTLS.</source>
        <translation>%2 的端口 %1 上没有服务接受连接，很可能是端口或加密方式设置有误。POP3 通常使用端口 995 配合 SSL/TLS，或端口 110 配合 STARTTLS。</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2, so the port or the security setting is probably wrong. Sending mail normally uses port 465 with SSL/TLS, or port 587 with STARTTLS.</source>
        <translation>%2 的端口 %1 上没有服务接受连接，很可能是端口或加密方式设置有误。发信通常使用端口 465 配合 SSL/TLS，或端口 587 配合 STARTTLS。</translation>
    </message>
    <message>
        <source>%1 could not be reached. Services outside mainland China such as %2 are often blocked or very slow from networks inside it, so this is most likely the network or a firewall, not your settings. Try again later, or from another network.</source>
        <comment>%2 is a provider name such as Gmail or Outlook.com</comment>
        <translation>无法连接到 %1。从中国大陆境内的网络访问 %2 等境外服务时，经常会被阻断或非常缓慢，因此问题很可能出在网络或防火墙，而不是您的设置。请稍后重试，或换一个网络再试。</translation>
    </message>
    <message>
        <source>%1 could not be reached on port 25. Many networks and internet providers block port 25 for home users; use port 465 (SSL/TLS) or 587 (STARTTLS) for sending.</source>
        <translation>无法通过端口 25 连接到 %1。许多网络和宽带运营商会对家庭用户封锁端口 25；发信请使用端口 465（SSL/TLS）或 587（STARTTLS）。</translation>
    </message>
    <message>
        <source>%1 could not be reached on port %2. It may be the network or a firewall (on this computer, in your network or at your internet provider) rather than your settings, or the server is down. Try again later, or from another network.</source>
        <translation>无法通过端口 %2 连接到 %1。问题可能出在网络或防火墙（本机上、您所在的网络中或宽带运营商处），而不是您的设置；也可能是服务器宕机了。请稍后重试，或换一个网络再试。</translation>
    </message>
    <message>
        <source>Something on the network sent data in the server's name before encryption started, which is how attacks on STARTTLS work. Do not use this network for mail; if it keeps happening, choose SSL/TLS instead of STARTTLS.</source>
        <translation>网络中有设备在加密开始之前冒充服务器发送了数据，这正是针对 STARTTLS 的攻击手法。请不要在此网络上收发邮件；如果反复出现，请改用 SSL/TLS，不要用 STARTTLS。</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on port %1. Choose SSL/TLS (port %2) instead. Only choose "no encryption" if your provider really has none, because your password would travel readable by anyone on the way.</source>
        <translation>服务器在端口 %1 上不提供加密（STARTTLS）。请改用 SSL/TLS（端口 %2）。只有在服务商确实不提供加密时才选择“不加密”，因为那样您的密码在传输途中任何人都能看到。</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS). Try SSL/TLS on port %1 instead.</source>
        <translation>服务器拒绝启动加密（STARTTLS）。请改用 SSL/TLS（端口 %1）试试。</translation>
    </message>
    <message>
        <source>Port %1 does not seem to speak SSL/TLS from the first byte; it probably expects STARTTLS. Choose STARTTLS (usually port %2) instead of SSL/TLS.</source>
        <translation>端口 %1 似乎并不是一连接就使用 SSL/TLS，它很可能要求 STARTTLS。请把 SSL/TLS 改为 STARTTLS（通常是端口 %2）。</translation>
    </message>
    <message>
        <source>The server and Mailwright could not agree on encryption. The server may only offer TLS versions older than 1.2, which are no longer safe; ask your provider, or try SSL/TLS on port %1.</source>
        <translation>服务器和 Mailwright 无法协商出双方都支持的加密方式。服务器可能只支持低于 1.2 的 TLS 版本，而这些版本已不再安全；请咨询服务商，或尝试 SSL/TLS（端口 %1）。</translation>
    </message>
    <message>
        <source>The server's certificate was issued for "%1", not for %2. If %2 is your own domain at a hosting provider, use the hosting provider's server name instead (the one on the certificate, or the one in their setup guide).</source>
        <comment>%1 is the certificate's subject, %2 the host name the user entered</comment>
        <translation>服务器证书是颁发给“%1”的，而不是 %2。如果 %2 是您托管在服务商处的自有域名，请改用托管服务商的服务器名称（即证书上的名称，或其设置指南中给出的名称）。</translation>
    </message>
    <message>
        <source>The server's certificate expired on %1. Check that this computer's date and time are right; if they are, the provider must renew the certificate.</source>
        <translation>服务器证书已于 %1 过期。请检查本机的日期和时间是否正确；如果正确，则需要服务商更新证书。</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet. Check that this computer's date and time are right.</source>
        <translation>服务器证书尚未生效。请检查本机的日期和时间是否正确。</translation>
    </message>
    <message>
        <source>The server's certificate does not come from an authority this computer trusts (it is self-signed or from a private authority). This is normal for some company servers, and also what an attacker's certificate looks like.</source>
        <translation>服务器证书并非由本机信任的证书颁发机构签发（它是自签名证书，或来自私有的颁发机构）。这在一些公司服务器上很正常，但攻击者的证书看起来也正是这样。</translation>
    </message>
    <message>
        <source>The server's certificate was not accepted.</source>
        <translation>服务器证书未被接受。</translation>
    </message>
    <message>
        <source>Trust it only if the provider confirms its SHA-256 fingerprint: %1</source>
        <translation>只有在服务商确认其 SHA-256 指纹与此一致时才可信任：%1</translation>
    </message>
    <message>
        <source>The server accepted the connection on port %1 but never completed the encryption handshake. The port may expect STARTTLS (usually port %2) rather than SSL/TLS; otherwise the server or a firewall is holding the connection.</source>
        <translation>服务器在端口 %1 上接受了连接，但始终没有完成加密握手。该端口可能要求 STARTTLS（通常是端口 %2）而不是 SSL/TLS；否则就是服务器或防火墙卡住了连接。</translation>
    </message>
    <message>
        <source>The server accepted the connection on port %1 but said nothing: this port expects encryption (SSL/TLS) from the first byte. Choose SSL/TLS.</source>
        <translation>服务器在端口 %1 上接受了连接，但没有任何响应：该端口要求一连接就加密（SSL/TLS）。请选择 SSL/TLS。</translation>
    </message>
    <message>
        <source>The server accepted the connection but never said hello. It may be overloaded, or a firewall or proxy holds the connection. If this port expects SSL/TLS from the first byte, choose SSL/TLS; otherwise try again later.</source>
        <translation>服务器接受了连接，但始终没有发送欢迎信息。服务器可能负载过高，或者防火墙、代理卡住了连接。如果该端口要求一连接就使用 SSL/TLS，请选择 SSL/TLS；否则请稍后重试。</translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the conversation. It may be overloaded, or a firewall interferes; try again later.</source>
        <translation>服务器在通信过程中停止了响应。可能是服务器负载过高，或受到防火墙干扰；请稍后重试。</translation>
    </message>
    <message>
        <source>The server's first words were not %1. If it answered with encryption, the port expects SSL/TLS from the first byte: choose SSL/TLS.</source>
        <translation>服务器的第一条响应不是 %1 欢迎信息。如果它返回的是加密数据，说明该端口要求一连接就使用 SSL/TLS：请选择 SSL/TLS。</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting. It may refuse clients from your network, or the port expects SSL/TLS from the first byte.</source>
        <translation>服务器没有发送欢迎信息就关闭了连接。它可能拒绝来自您所在网络的客户端，或者该端口要求一连接就使用 SSL/TLS。</translation>
    </message>
    <message>
        <source>The server is busy or down for maintenance; try again later.</source>
        <translation>服务器繁忙或正在维护；请稍后重试。</translation>
    </message>
    <message>
        <source>The server refuses to talk to this computer. Your internet address may be on a block list, or this server does not serve you; check the server name.</source>
        <translation>服务器拒绝与本机通信。您的 IP 地址可能在黑名单上，或者该服务器不为您提供服务；请检查服务器名称。</translation>
    </message>
    <message>
        <source>Another program or device is connected to this mailbox right now, and POP3 allows only one at a time. Close the other mail program (or wait a few minutes for it to finish), then try again. Your settings are probably right.</source>
        <comment>POP3 [IN-USE]</comment>
        <translation>另一个程序或设备正连接着此邮箱，而 POP3 同一时间只允许一个连接。请关闭另一个邮件程序（或等几分钟让它完成），然后重试。您的设置很可能是正确的。</translation>
    </message>
    <message>
        <source>The server has a temporary problem on its side. Your settings may well be right; try again in a few minutes.</source>
        <comment>POP3 [SYS/TEMP]</comment>
        <translation>服务器端出现临时故障。您的设置很可能没有问题；请几分钟后重试。</translation>
    </message>
    <message>
        <source>The provider allows a new login only every few minutes. Wait a while and try again, and let your mail program check for mail less often.</source>
        <comment>POP3 [LOGIN-DELAY]</comment>
        <translation>服务商限制每隔几分钟才能重新登录一次。请稍等片刻再试，并降低邮件程序的收信频率。</translation>
    </message>
    <message>
        <source>The server has a lasting problem with this mailbox (for example it is disabled or POP3 access is turned off). Contact your provider.</source>
        <comment>POP3 [SYS/PERM]</comment>
        <translation>服务器上的此邮箱存在持续性问题（例如邮箱已停用，或 POP3 访问已关闭）。请联系邮箱服务商。</translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your QQ password. In QQ Mail on the web open 设置 → 账户, find “POP3/IMAP/SMTP/Exchange/CardDAV/CalDAV服务”, turn on the POP3/SMTP service and click 生成授权码; confirm by SMS, then use the code as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation>%1 需要使用授权码，而不是 QQ 密码。请在网页版 QQ 邮箱中打开“设置 → 账户”，找到“POP3/IMAP/SMTP/Exchange/CardDAV/CalDAV服务”，开启 POP3/SMTP 服务并点击“生成授权码”；按提示完成短信验证后，在此处把授权码当作密码填写。%2</translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code, 客户端授权密码), not your login password. In the web mail open 设置 → POP3/SMTP/IMAP, turn on the POP3/SMTP service and add a 客户端授权密码 (新增授权密码); then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation>%1 需要使用客户端授权密码（授权码），而不是登录密码。请在网页版邮箱中打开“设置 → POP3/SMTP/IMAP”，开启 POP3/SMTP 服务并添加客户端授权密码（“新增授权密码”）；然后在此处把它当作密码填写。%2</translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password. In the web mail open 设置 → 客户端pop/imap/smtp, turn on the POP3/SMTP service and generate the 授权码; then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation>%1 需要使用授权码，而不是登录密码。请在网页版邮箱中打开“设置 → 客户端pop/imap/smtp”，开启 POP3/SMTP 服务并生成授权码；然后在此处把它当作密码填写。%2</translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code, 独立密码), not your login password. In the web mail open 选项 → 设置 → POP3/SMTP/IMAP, turn on the POP3/SMTP service and set the 独立密码; then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation>%1 需要使用独立密码（授权码），而不是登录密码。请在网页版邮箱中打开“选项 → 设置 → POP3/SMTP/IMAP”，开启 POP3/SMTP 服务并设置独立密码；然后在此处把它当作密码填写。%2</translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password. In the web mail open 设置 → 常用设置 → 邮箱协议设置, turn on the POP3/SMTP service and get the 授权码 (it comes by SMS); then use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation>%1 需要使用授权码，而不是登录密码。请在网页版邮箱中打开“设置 → 常用设置 → 邮箱协议设置”，开启 POP3/SMTP 服务并获取授权码（通过短信发送）；然后在此处把它当作密码填写。%2</translation>
    </message>
    <message>
        <source>%1 needs a 授权码 (authorization code), not your login password, once client security is on. In the web mail open 设置 → POP3/SMTP/IMAP and turn on the POP3/SMTP service; under 账户与安全 create a 三方客户端安全密码 and use it as the password here. %2</source>
        <extracomment>Keep the Chinese menu labels exactly: they are the provider's own words on its web page. %1 is the provider's name, %2 its web address.</extracomment>
        <translation>开启客户端安全设置后，%1 需要使用授权码，而不是登录密码。请在网页版邮箱中打开“设置 → POP3/SMTP/IMAP”并开启 POP3/SMTP 服务；然后在“账户与安全”中创建三方客户端安全密码，在此处把它当作密码填写。%2</translation>
    </message>
    <message>
        <source>%1 does not accept your normal Google password from mail programs. Turn on 2-Step Verification for the account, create an app password at %2 and use it here (16 letters, spaces do not matter).</source>
        <comment>%1 is Gmail, %2 a web address</comment>
        <translation>%1 不接受邮件程序使用您平时的 Google 密码登录。请为该账户开启两步验证，然后在 %2 创建应用专用密码，并在此处使用（共 16 个字母，有无空格均可）。</translation>
    </message>
    <message>
        <source>%1 needs an app-specific password. Sign in at %2, open Sign-In and Security → App-Specific Passwords, create one and use it here.</source>
        <comment>%1 is iCloud Mail, %2 a web address</comment>
        <translation>%1 需要使用应用专用密码。请登录 %2，打开“登录与安全 → App 专用密码”（Sign-In and Security → App-Specific Passwords），创建一个并在此处使用。</translation>
    </message>
    <message>
        <source>%1 needs an app password. At %2 choose “Generate app password”, then use it here.</source>
        <comment>%1 is Yahoo Mail, %2 a web address</comment>
        <translation>%1 需要使用应用专用密码。请在 %2 选择“Generate app password”（生成应用密码），然后在此处使用。</translation>
    </message>
    <message>
        <source>%1 no longer accepts passwords from mail programs (basic authentication is switched off): an OAuth2 sign-in with your Microsoft account is needed instead. For a work or school account, the administrator can allow authenticated SMTP for this mailbox. %2</source>
        <comment>%1 is Outlook.com or Microsoft 365, %2 a web address</comment>
        <translation>%1 已不再接受邮件程序使用密码登录（基本身份验证已关闭），需要改用 Microsoft 账户进行 OAuth2 登录。如果是工作或学校账户，管理员可以为此邮箱启用经过身份验证的 SMTP（SMTP AUTH）。%2</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 refused the password. If it is right, password logins are probably switched off for this account and an OAuth2 sign-in is needed; for a work account, the administrator must allow authenticated SMTP.</source>
        <translation>Outlook.com 和 Microsoft 365 拒绝了该密码。如果密码没错，很可能是此账户已关闭密码登录，需要使用 OAuth2 登录；如果是工作账户，则需要管理员允许经过身份验证的 SMTP。</translation>
    </message>
    <message>
        <source>Port 25 is for servers passing mail to each other and usually offers no login. Use port 465 (SSL/TLS) or 587 (STARTTLS) for sending.</source>
        <translation>端口 25 用于服务器之间传递邮件，通常不提供登录。发信请使用端口 465（SSL/TLS）或 587（STARTTLS）。</translation>
    </message>
    <message>
        <source>The server offers no login method Mailwright can use safely here. Check the port and security setting, or choose a login method explicitly.</source>
        <translation>服务器没有提供 Mailwright 在此能安全使用的登录方式。请检查端口和加密方式设置，或明确指定一种登录方式。</translation>
    </message>
    <message>
        <source>The server broke the rules of the login exchange. Try choosing another login method explicitly (for example PLAIN or LOGIN).</source>
        <translation>服务器在登录交互中违反了协议规则。请尝试明确指定另一种登录方式（例如 PLAIN 或 LOGIN）。</translation>
    </message>
    <message>
        <source>The provider wants an application-specific password (app password) for mail programs, not your normal password. Create one in the account's security settings and use it here.</source>
        <translation>该服务商要求邮件程序使用应用专用密码，而不是您平时的密码。请在账户的安全设置中创建一个，并在此处使用。</translation>
    </message>
    <message>
        <source>The server wants encryption before the login. Choose STARTTLS or SSL/TLS.</source>
        <translation>服务器要求先加密再登录。请选择 STARTTLS 或 SSL/TLS。</translation>
    </message>
    <message>
        <source>The server could not check the login just now. Your settings may be right; try again in a few minutes.</source>
        <translation>服务器暂时无法验证登录。您的设置可能没有问题；请几分钟后重试。</translation>
    </message>
    <message>
        <source>The server rejected the user name or password. Check both (passwords are case-sensitive). Some providers want the whole address as the user name, others only the part before the @; and many want an app password or authorization code instead of the password you use on the web.</source>
        <translation>服务器拒绝了用户名或密码。请检查这两项（密码区分大小写）。有些服务商要求用完整的邮箱地址作为用户名，有些只要 @ 前面的部分；很多服务商还要求使用应用专用密码或授权码，而不是您在网页上登录用的密码。</translation>
    </message>
    <message>
        <source>QQ Mail</source>
        <translation>QQ 邮箱</translation>
    </message>
    <message>
        <source>QQ Mail VIP</source>
        <translation>QQ VIP 邮箱</translation>
    </message>
    <message>
        <source>Foxmail</source>
        <translation>Foxmail</translation>
    </message>
    <message>
        <source>NetEase 163 Mail</source>
        <translation>网易 163 邮箱</translation>
    </message>
    <message>
        <source>NetEase 126 Mail</source>
        <translation>网易 126 邮箱</translation>
    </message>
    <message>
        <source>NetEase yeah.net Mail</source>
        <translation>网易 yeah.net 邮箱</translation>
    </message>
    <message>
        <source>NetEase 188 Mail</source>
        <translation>网易 188 财富邮</translation>
    </message>
    <message>
        <source>NetEase VIP Mail</source>
        <translation>网易 VIP 邮箱</translation>
    </message>
    <message>
        <source>Sina Mail</source>
        <translation>新浪邮箱</translation>
    </message>
    <message>
        <source>Sina VIP Mail</source>
        <translation>新浪 VIP 邮箱</translation>
    </message>
    <message>
        <source>Sohu Mail</source>
        <translation>搜狐邮箱</translation>
    </message>
    <message>
        <source>139 Mail</source>
        <translation>139 邮箱</translation>
    </message>
    <message>
        <source>Aliyun Mail</source>
        <translation>阿里邮箱</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation>Outlook.com</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud 邮件</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo 邮箱</translation>
    </message>
    <message>
        <source>The server did not answer the login in time. Servers deliberately slow down after failed logins, so the password may be wrong: check it, wait a minute and try again.</source>
        <translation>服务器没有及时响应登录请求。登录失败后服务器会故意放慢响应，所以可能是密码有误：请检查密码，等一分钟后再试。</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so Mailwright did not log in: your password or the session could be read on the way. Choose SSL/TLS or STARTTLS; allow an unencrypted login only if your provider offers nothing else.</source>
        <translation>连接未加密，因此 Mailwright 没有登录：您的密码或会话内容可能在传输途中被人读取。请选择 SSL/TLS 或 STARTTLS；只有在服务商不提供其他方式时，才允许不加密登录。</translation>
    </message>
</context>
<context>
    <name>mw::RecipientCheck</name>
    <message>
        <source>The server knows this address (it answered VRFY with 250).</source>
        <translation>服务器确认此地址存在（VRFY 返回 250）。</translation>
    </message>
    <message>
        <source>The address is not on this server, but the server will forward mail for it (VRFY 251): %1</source>
        <translation>此地址不在该服务器上，但服务器会为它转发邮件（VRFY 251）：%1</translation>
    </message>
    <message>
        <source>The server says there is no such mailbox (VRFY 550). Check the spelling of the address.</source>
        <translation>服务器表示没有这个邮箱（VRFY 550）。请检查地址拼写。</translation>
    </message>
    <message>
        <source>The user is not on this server (VRFY 551); the server may name where to write instead: %1</source>
        <translation>该用户不在此服务器上（VRFY 551）；服务器可能给出了应改投的地址：%1</translation>
    </message>
    <message>
        <source>The address is ambiguous: several mailboxes on the server match it (VRFY 553). Use the full, exact address.</source>
        <translation>地址不明确：服务器上有多个邮箱与之匹配（VRFY 553）。请使用完整、准确的地址。</translation>
    </message>
    <message>
        <source>The server would accept mail for this address (RCPT %1). It may still bounce later: many servers accept first and check afterwards.</source>
        <translation>服务器会接收发往此地址的邮件（RCPT %1）。但之后仍可能退信：许多服务器先接收、后检查。</translation>
    </message>
    <message>
        <source>The server would refuse mail for this address: there is no such mailbox there (RCPT %1). Check the spelling.</source>
        <translation>服务器会拒收发往此地址的邮件：该服务器上没有这个邮箱（RCPT %1）。请检查拼写。</translation>
    </message>
    <message>
        <source>The server does not allow this address (RCPT 553): the mailbox name is not allowed or malformed.</source>
        <translation>服务器不允许此地址（RCPT 553）：邮箱名称不被允许或格式有误。</translation>
    </message>
    <message>
        <source>The server asked to try again later (RCPT %1, for example greylisting), so the address could not be checked now.</source>
        <translation>服务器要求稍后重试（RCPT %1，例如灰名单机制），因此现在无法检查此地址。</translation>
    </message>
    <message>
        <source>The server would not take mail for this address from you (RCPT %1), for example because it does not relay to other domains for this account.</source>
        <translation>服务器不接受由您发往此地址的邮件（RCPT %1），例如因为它不允许此账户向其他域名中继邮件。</translation>
    </message>
</context>
<context>
    <name>mw::RecipientProbe</name>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted.</source>
        <translation>服务器不支持 STARTTLS，无法对连接加密。</translation>
    </message>
    <message>
        <source>The address needs SMTPUTF8, which this server does not offer.</source>
        <translation>此地址需要 SMTPUTF8，但该服务器不支持。</translation>
    </message>
</context>
<context>
    <name>mw::SecretError</name>
    <message>
        <source>no password is saved in the keychain for this account</source>
        <translation>系统密钥环中没有保存此账户的密码</translation>
    </message>
    <message>
        <source>no keychain service is running; the password will not be saved, you will be asked each time</source>
        <translation>系统密钥环服务未运行；密码不会被保存，每次都会要求您输入</translation>
    </message>
    <message>
        <source>the keychain refused access (it may be locked): %1</source>
        <translation>系统密钥环拒绝访问（可能已锁定）：%1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time; the password was neither read nor saved</source>
        <translation>系统密钥环没有及时响应；密码既未读取也未保存</translation>
    </message>
    <message>
        <source>the keychain reported an error: %1</source>
        <translation>系统密钥环报告错误：%1</translation>
    </message>
    <message>
        <source>To have it remembered, run Mailwright in a desktop session with a keyring such as GNOME Keyring or KWallet.</source>
        <translation>如需记住密码，请在带有密钥环服务（例如 GNOME 密钥环或 KWallet）的桌面会话中运行 Mailwright。</translation>
    </message>
    <message>
        <source>Unlock the keyring, then try again.</source>
        <translation>请解锁密钥环，然后重试。</translation>
    </message>
</context>
<context>
    <name>mw::SendStatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sending… The message is safe in the outbox until the server accepts it.</source>
        <translation>正在发送… 在服务器收下之前，邮件一直安全地保存在发件箱中。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2, %3/s</source>
        <translation>%1 / %2，%3/秒</translation>
    </message>
    <message>
        <source>This address does not exist at the receiving server.</source>
        <translation>收件方服务器上不存在这个地址。</translation>
    </message>
    <message>
        <source>The server does not accept this address.</source>
        <translation>服务器不接受这个地址。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full.</source>
        <translation>收件人的邮箱已满。</translation>
    </message>
    <message>
        <source>The server refused it by policy (for example relaying or spam rules).</source>
        <translation>服务器根据其策略拒收（例如转发限制或反垃圾规则）。</translation>
    </message>
    <message>
        <source>The message is too big for this server.</source>
        <translation>邮件太大，该服务器不接受。</translation>
    </message>
    <message>
        <source>Temporarily refused; Mailwright will try again later.</source>
        <translation>暂时被拒；Mailwright 稍后会重试。</translation>
    </message>
    <message>
        <source>Permanently refused by the server.</source>
        <translation>被服务器永久拒收。</translation>
    </message>
    <message>
        <source>Not delivered.</source>
        <translation>未送达。</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>被拒收：%1</translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation>服务器回复：%1</translation>
    </message>
    <message>
        <source>Sent. The server accepted the message for every recipient.</source>
        <translation>已发送。服务器已为所有收件人收下邮件。</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s). The rejected ones stay in the outbox for you to fix or delete.</source>
        <translation>
            <numerusform>已发送给 %n 位收件人。被拒收的地址留在发件箱中，供你修改或删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. The message stays in the outbox.</source>
        <translation>已取消。邮件仍保留在发件箱中。</translation>
    </message>
    <message>
        <source>Not sent yet: %1 Mailwright will try again; the message waits in the outbox.</source>
        <translation>尚未发送：%1 Mailwright 会再次尝试；邮件在发件箱中等待。</translation>
    </message>
    <message>
        <source>Not sent: %1 The message stays in the outbox.</source>
        <translation>未发送：%1 邮件仍保留在发件箱中。</translation>
    </message>
    <message>
        <source>the server refused it.</source>
        <translation>服务器拒收了邮件。</translation>
    </message>
</context>
<context>
    <name>mw::Sender</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The message file %1 cannot be read.</source>
        <translation>无法读取邮件文件 %1。</translation>
    </message>
    <message>
        <source>The message has no recipients left.</source>
        <translation>该邮件已没有待发送的收件人。</translation>
    </message>
</context>
<context>
    <name>mw::ServerBox</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>加密方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>用户名(&amp;M)：</translation>
    </message>
    <message>
        <source>Entered by you.</source>
        <translation>由您手动填写。</translation>
    </message>
    <message>
        <source>Source: %1 (trusted).</source>
        <translation>来源：%1（可信）。</translation>
    </message>
    <message>
        <source>Source: %1 (not confirmed by the domain).</source>
        <translation>来源：%1（未经该域名确认）。</translation>
    </message>
</context>
<context>
    <name>mw::ServerCheck</name>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>找不到服务器名称 %1（DNS）。</translation>
    </message>
    <message>
        <source>The server name %1 could not be looked up (DNS): %2</source>
        <translation>无法查询服务器名称 %1（DNS）：%2</translation>
    </message>
    <message>
        <source>The server at %1:%2 did not accept the connection in time.</source>
        <translation>服务器 %1:%2 没有及时接受连接。</translation>
    </message>
    <message>
        <source>Looking up the server name %1 took too long.</source>
        <translation>查询服务器名称 %1 耗时过长。</translation>
    </message>
    <message>
        <source>The server at %1 accepted the connection but never answered (%2).</source>
        <comment>%2 is the step name: greeting or tls</comment>
        <translation>服务器 %1 接受了连接，但始终没有响应（%2）。</translation>
    </message>
    <message>
        <source>The server at %1 accepted the connection but stopped answering (%2).</source>
        <comment>%2 is the step name, such as auth or capabilities</comment>
        <translation>服务器 %1 接受了连接，但中途停止了响应（%2）。</translation>
    </message>
    <message>
        <source>Connected to %1; the login was not tested because no password was given.</source>
        <translation>已连接到 %1；由于没有提供密码，未测试登录。</translation>
    </message>
    <message>
        <source>Logged in to %1 as "%2": the server refused the full address as the user name, so use "%2".</source>
        <translation>已以“%2”的身份登录 %1：服务器不接受完整邮箱地址作为用户名，请使用“%2”。</translation>
    </message>
    <message>
        <source>Logged in to %1 as "%2".</source>
        <translation>已以“%2”的身份登录 %1。</translation>
    </message>
    <message>
        <source>Mailwright did not log in, because the connection is not encrypted and an unencrypted login was not allowed.</source>
        <translation>Mailwright 没有登录，因为连接未加密，且未允许不加密登录。</translation>
    </message>
</context>
<context>
    <name>mw::ServerConfig</name>
    <message>
        <source>the built-in provider list</source>
        <translation>内置的服务商列表</translation>
    </message>
    <message>
        <source>your own provider file</source>
        <translation>您自己的服务商文件</translation>
    </message>
    <message>
        <source>the domain's autoconfig server</source>
        <translation>该域名的自动配置（autoconfig）服务器</translation>
    </message>
    <message>
        <source>the domain's web site (.well-known)</source>
        <translation>该域名的网站（.well-known）</translation>
    </message>
    <message>
        <source>the central provider database (ISPDB)</source>
        <translation>中央服务商数据库（ISPDB）</translation>
    </message>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>DNS 服务记录（SRV）</translation>
    </message>
    <message>
        <source>the domain's mail exchanger (MX)</source>
        <translation>该域名的邮件交换记录（MX）</translation>
    </message>
    <message>
        <source>trying the usual server names</source>
        <translation>尝试常用的服务器名称</translation>
    </message>
</context>
<context>
    <name>mw::SettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation>服务器设置</translation>
    </message>
    <message>
        <source>Check the settings, change them if your provider says otherwise, then test them.</source>
        <translation>请核对以下设置，如与邮箱服务商的说明不符请修改，然后进行测试。</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>发件服务器（SMTP）</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3)</source>
        <translation>收件服务器（POP3）</translation>
    </message>
    <message>
        <source>I &amp;checked these settings and want to use them</source>
        <translation>我已核对这些设置，确认使用(&amp;C)</translation>
    </message>
    <message>
        <source>Warning: without encryption your password and your mail travel readable by anyone on the network.</source>
        <translation>警告：不加密时，您的密码和邮件在网络上以明文传输，任何人都能读取。</translation>
    </message>
    <message>
        <source>I &amp;understand, use no encryption anyway</source>
        <translation>我了解风险，仍然不加密(&amp;U)</translation>
    </message>
    <message>
        <source>IMAP (shown only; Mailwright uses POP3): %1 (source: %2)</source>
        <translation>IMAP（仅供参考，Mailwright 使用 POP3）：%1（来源：%2）</translation>
    </message>
    <message>
        <source>%1 (source: %2) was not published by the domain itself.</source>
        <translation>%1（来源：%2）并非该域名自己发布的设置。</translation>
    </message>
    <message>
        <source>%1 is not under %2.</source>
        <translation>%1 不属于 %2 域名。</translation>
    </message>
    <message>
        <source>Please check these settings before they are used with your password:</source>
        <translation>在用您的密码登录之前，请先核对这些设置：</translation>
    </message>
</context>
<context>
    <name>mw::SmtpClient</name>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted. Mailwright will not continue without encryption; try SSL/TLS on port 465.</source>
        <translation>服务器不支持 STARTTLS，无法对连接加密。Mailwright 不会在不加密的情况下继续；请改用 SSL/TLS（端口 465）。</translation>
    </message>
    <message>
        <source>The server does not offer authentication (AUTH) on this connection.</source>
        <translation>服务器在此连接上不提供身份验证（AUTH）。</translation>
    </message>
    <message>
        <source>The server sent a login challenge that is not valid base64.</source>
        <translation>服务器发来的登录质询不是有效的 base64。</translation>
    </message>
    <message>
        <source>The server reported success without completing the login exchange (it never proved it knows the password).</source>
        <translation>服务器在登录交互尚未完成时就报告成功（它始终没有证明自己知道密码）。</translation>
    </message>
    <message>
        <source>The server rejected the access token: %1</source>
        <translation>服务器拒绝了访问令牌：%1</translation>
    </message>
    <message>
        <source>The SMTP session had already ended.</source>
        <translation>SMTP 会话已经结束。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>邮件没有收件人。</translation>
    </message>
    <message>
        <source>The message body cannot be read.</source>
        <translation>无法读取邮件正文。</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not support internationalized addresses (SMTPUTF8).</source>
        <translation>有地址在 @ 前面包含非 ASCII 字符，而该服务器不支持国际化邮箱地址（SMTPUTF8）。</translation>
    </message>
    <message>
        <source>The message is %1 bytes, but the server accepts at most %2 bytes.</source>
        <translation>邮件大小为 %1 字节，但服务器最多只接受 %2 字节。</translation>
    </message>
    <message>
        <source>The message has 8-bit content, but the server does not accept it (no 8BITMIME); it must be encoded first.</source>
        <translation>邮件包含 8 位内容，但服务器不接受（不支持 8BITMIME）；必须先对其进行编码。</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
</context>
<context>
    <name>mw::SmtpError</name>
    <message>
        <source>while connecting</source>
        <translation>连接时</translation>
    </message>
    <message>
        <source>while setting up the secure (TLS) connection</source>
        <translation>建立安全（TLS）连接时</translation>
    </message>
    <message>
        <source>while waiting for the server's greeting</source>
        <translation>等待服务器欢迎信息时</translation>
    </message>
    <message>
        <source>during the EHLO handshake</source>
        <translation>EHLO 握手时</translation>
    </message>
    <message>
        <source>while switching to TLS (STARTTLS)</source>
        <translation>切换到 TLS（STARTTLS）时</translation>
    </message>
    <message>
        <source>while logging in</source>
        <translation>登录时</translation>
    </message>
    <message>
        <source>when giving the sender address</source>
        <translation>提交发件人地址时</translation>
    </message>
    <message>
        <source>when giving the recipients</source>
        <translation>提交收件人时</translation>
    </message>
    <message>
        <source>while sending the message</source>
        <translation>发送邮件内容时</translation>
    </message>
    <message>
        <source>while closing the session</source>
        <translation>结束会话时</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>服务器在%1拒绝了请求：%2</translation>
    </message>
    <message>
        <source>The server name could not be found (DNS): %1</source>
        <translation>找不到服务器名称（DNS）：%1</translation>
    </message>
    <message>
        <source>The connection was refused: nothing answers on that port. Check the port and security settings.</source>
        <translation>连接被拒绝：该端口上没有服务响应。请检查端口和加密方式设置。</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). It may be the network or a firewall rather than your settings.</source>
        <translation>无法连接到服务器（%1）。问题可能出在网络或防火墙，而不是您的设置。</translation>
    </message>
    <message>
        <source>The server accepted the connection but stopped answering %1.</source>
        <translation>服务器已接受连接，但在%1停止了响应。</translation>
    </message>
    <message>
        <source>The server closed the connection %1.</source>
        <translation>服务器在%1关闭了连接。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up: %1. If the port expects the other security mode, switch between SSL/TLS and STARTTLS.</source>
        <translation>无法建立安全（TLS）连接：%1。如果该端口要求另一种加密方式，请在 SSL/TLS 和 STARTTLS 之间切换。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: %1</source>
        <translation>服务器证书不受信任：%1</translation>
    </message>
    <message>
        <source>The server sent data ahead of the TLS handshake, which is how response-injection attacks work. The connection was closed for your safety.</source>
        <translation>服务器在 TLS 握手之前就发送了数据，这正是响应注入攻击的手法。为了您的安全，连接已关闭。</translation>
    </message>
    <message>
        <source>The server broke the SMTP protocol %1: %2</source>
        <translation>服务器在%1违反了 SMTP 协议：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>mw::TestAccountDialog</name>
    <message>
        <source>Find the server (DNS)</source>
        <translation>查找服务器（DNS）</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>服务器问候</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>服务器能力</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Open the mailbox</source>
        <translation>打开邮箱</translation>
    </message>
    <message>
        <source>Test account: %1</source>
        <translation>测试账户：%1</translation>
    </message>
    <message>
        <source>Reading the passwords from the keychain…</source>
        <translation>正在从系统钥匙串读取密码…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>POP3 (receiving)</source>
        <translation>POP3（收件）</translation>
    </message>
    <message>
        <source>SMTP (sending)</source>
        <translation>SMTP（发件）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Everything works: Mailwright can send and receive with this account.</source>
        <translation>一切正常：Mailwright 可以用这个账户收发邮件。</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>测试失败。</translation>
    </message>
</context>
<context>
    <name>mw::TlsPolicy</name>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA 证书文件 %1 中没有 PEM 格式的证书</translation>
    </message>
</context>
<context>
    <name>mw::VerifyPage</name>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>发件服务器（SMTP）</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3)</source>
        <translation>收件服务器（POP3）</translation>
    </message>
    <message>
        <source>Looking up the server (DNS)</source>
        <translation>查找服务器（DNS）</translation>
    </message>
    <message>
        <source>Connecting (TCP)</source>
        <translation>建立连接（TCP）</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>服务器问候</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>服务器功能</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Opening the mailbox</source>
        <translation>打开邮箱</translation>
    </message>
    <message>
        <source>Testing the settings</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Mailwright logs in to both servers. No mail is sent.</source>
        <translation>Mailwright 正在登录两台服务器，不会发送任何邮件。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>&amp;Back to settings</source>
        <translation>返回修改设置(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Protocol &amp;log (passwords hidden)</source>
        <translation>协议日志（已隐藏密码）(&amp;L)</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>✓ ok</source>
        <translation>✓ 成功</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>✓ works</source>
        <translation>✓ 可用</translation>
    </message>
    <message>
        <source>Failed at step: %1 (%2)</source>
        <translation>失败的步骤：%1（%2）</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>服务器回复：“%1”</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>解决办法：</translation>
    </message>
    <message>
        <source>Everything works. Press Next to finish.</source>
        <translation>一切正常。点击“下一步”完成设置。</translation>
    </message>
    <message>
        <source>The test failed. Correct the settings or the password, then try again.</source>
        <translation>测试失败。请修正设置或密码后重试。</translation>
    </message>
</context>
<context>
    <name>mw::cli</name>
    <message>
        <source>mailwright: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it inside a graphical session, or without one through a virtual display:
    xvfb-run -a mailwright
The command-line subcommands (mailwright --help) need no display.</source>
        <translation>mailwright：未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
请在图形会话中运行；若没有图形会话，可通过虚拟显示器运行：
    xvfb-run -a mailwright
命令行子命令（mailwright --help）无需显示器。</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>mailwright: unknown command or option '%1'</source>
        <translation>mailwright：未知的命令或选项“%1”</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 不接受值</translation>
    </message>
    <message>
        <source>%1 needs at least one value</source>
        <translation>%1 至少需要一个值</translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation>无法从标准输入读取密码</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin：标准输入中没有密码</translation>
    </message>
    <message>
        <source>a user name was given but no password: use --password-stdin or set MAILWRIGHT_PASSWORD</source>
        <translation>给出了用户名但没有密码：请使用 --password-stdin 或设置 MAILWRIGHT_PASSWORD</translation>
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
        <translation>用法：mailwright send (--account NAME | --smtp HOST:PORT/SEC [--user USER]) [--password-stdin]
                      [--from ADDR] --to ADDR... [--cc ADDR...] [--bcc ADDR...]
                      (--eml FILE... | --subject TEXT [--body TEXT | --body-file FILE] [--attach FILE...])
                      [--auth MECHANISM] [--allow-plaintext] [--timeout-ms N]
                      [--transcript FILE] [--json]
SEC 为加密方式：ssl、starttls 或 plain。密码来自 --password-stdin 或 MAILWRIGHT_PASSWORD，
使用 --account 时则来自系统密钥环。--from 默认为该账户的地址。
使用 --eml 且未给出 --from/--to 时，信封的发件人和收件人取自邮件头。
</translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation>已将 %1 发送给 %2</translation>
    </message>
    <message>
        <source>not sent: %1: %2</source>
        <translation>未发送：%1：%2</translation>
    </message>
    <message>
        <source>  rejected %1: %2</source>
        <translation>  收件人 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--smtp HOST:PORT/SEC is required</source>
        <translation>必须提供 --smtp HOST:PORT/SEC</translation>
    </message>
    <message>
        <source>give either --eml or --subject/--body/--attach, not both</source>
        <translation>--eml 与 --subject/--body/--attach 只能二选一</translation>
    </message>
    <message>
        <source>nothing to send: give --eml FILE..., or --subject with --body/--body-file/--attach</source>
        <translation>没有要发送的内容：请提供 --eml FILE...，或 --subject 加上 --body/--body-file/--attach</translation>
    </message>
    <message>
        <source>give either --body or --body-file, not both</source>
        <translation>--body 与 --body-file 只能二选一</translation>
    </message>
    <message>
        <source>--smtp: %1</source>
        <translation>--smtp：%1</translation>
    </message>
    <message>
        <source>--timeout-ms needs a positive number</source>
        <translation>--timeout-ms 需要一个正数</translation>
    </message>
    <message>
        <source>refusing to send a password without encryption (security 'plain'); add --allow-plaintext if you really mean it</source>
        <translation>拒绝在不加密的连接上发送密码（加密方式为“plain”）；如果确实要这样做，请加上 --allow-plaintext</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin 需要与 --user 一起使用</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>--from is required with --subject</source>
        <translation>使用 --subject 时必须提供 --from</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>%1: no sender: give --from, or a single address in From:</source>
        <translation>%1：没有发件人：请提供 --from，或在 From: 中只写一个地址</translation>
    </message>
    <message>
        <source>%1: no recipients: give --to, or To/Cc/Bcc fields</source>
        <translation>%1：没有收件人：请提供 --to，或在邮件中填写 To/Cc/Bcc 字段</translation>
    </message>
    <message>
        <source>cannot write the transcript: %1</source>
        <translation>无法写入会话记录：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1，用户名 %2</translation>
    </message>
    <message>
        <source>--%1 is not available yet in this build; give the servers with --smtp and --pop3</source>
        <translation>此版本尚不支持 --%1；请用 --smtp 和 --pop3 指定服务器</translation>
    </message>
    <message>
        <source>--email ADDR is required</source>
        <translation>必须提供 --email ADDR</translation>
    </message>
    <message>
        <source>--email: %1</source>
        <translation>--email：%1</translation>
    </message>
    <message>
        <source>--reply-to: %1</source>
        <translation>--reply-to：%1</translation>
    </message>
    <message>
        <source>refusing to keep a password for a server without encryption (%1); add --allow-plaintext if you really mean it</source>
        <translation>拒绝为不加密的服务器（%1）保存密码；如果确实要这样做，请加上 --allow-plaintext</translation>
    </message>
    <message>
        <source>added account %1 (%2)</source>
        <translation>已添加账户 %1（%2）</translation>
    </message>
    <message>
        <source>The account was not added. To add it without saving the password, run the command again without --password-stdin, then give the password to each command with --password-stdin or MAILWRIGHT_PASSWORD.</source>
        <translation>账户未添加。如果想添加账户但不保存密码，请去掉 --password-stdin 重新运行该命令，之后在每条命令中通过 --password-stdin 或 MAILWRIGHT_PASSWORD 提供密码。</translation>
    </message>
    <message>
        <source>no accounts; add one with: mailwright account add --email ADDR --smtp HOST:PORT/SEC</source>
        <translation>还没有账户；可用以下命令添加：mailwright account add --email ADDR --smtp HOST:PORT/SEC</translation>
    </message>
    <message>
        <source>which account? give its name, address or id</source>
        <translation>要操作哪个账户？请给出账户名称、邮箱地址或 ID</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
    <message>
        <source>not saved (asked each time)</source>
        <translation>未保存（每次询问）</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>邮箱地址：</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>发件人名称：</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>回复地址：</translation>
    </message>
    <message>
        <source>SMTP:</source>
        <translation>SMTP：</translation>
    </message>
    <message>
        <source>SMTP password:</source>
        <translation>SMTP 密码：</translation>
    </message>
    <message>
        <source>POP3:</source>
        <translation>POP3：</translation>
    </message>
    <message>
        <source>POP3 password:</source>
        <translation>POP3 密码：</translation>
    </message>
    <message>
        <source>IMAP:</source>
        <translation>IMAP：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>身份验证：</translation>
    </message>
    <message>
        <source>the strongest the server offers</source>
        <translation>服务器提供的最安全方式</translation>
    </message>
    <message>
        <source>Unencrypted:</source>
        <translation>不加密连接：</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Found by:</source>
        <translation>设置来源：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>上次验证：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>固定证书：</translation>
    </message>
    <message>
        <source>%1 for %2:%3 since %4</source>
        <translation>%1，用于 %2:%3，自 %4 起</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The account was not removed, so that its password does not stay behind in the keychain. Try again where the keychain is available, or add --force to remove the account anyway.</source>
        <translation>账户未删除，以免其密码遗留在系统密钥环中。请在系统密钥环可用时重试，或加上 --force 强制删除该账户。</translation>
    </message>
    <message>
        <source>removed account %1; its saved password, if any, is still in the keychain: %2</source>
        <translation>已删除账户 %1；其保存的密码（如有）仍留在系统密钥环中：%2</translation>
    </message>
    <message>
        <source>removed account %1 and its saved passwords</source>
        <translation>已删除账户 %1 及其保存的密码</translation>
    </message>
    <message>
        <source>--sha256 needs the certificate's SHA-256 fingerprint (64 hex digits, colons allowed)</source>
        <translation>--sha256 需要证书的 SHA-256 指纹（64 位十六进制数字，可带冒号）</translation>
    </message>
    <message>
        <source>--port needs --host</source>
        <translation>--port 需要与 --host 一起使用</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port 需要 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1 is used on more than one port; give --port</source>
        <translation>%1 用在多个端口上；请提供 --port</translation>
    </message>
    <message>
        <source>%1 is not a server of account %2</source>
        <translation>%1 不是账户 %2 的服务器</translation>
    </message>
    <message>
        <source>pinned with mailwright account pin</source>
        <translation>通过 mailwright account pin 固定</translation>
    </message>
    <message>
        <source>account %1 now trusts the certificate %2 on %3:%4, and only there</source>
        <translation>账户 %1 现在信任 %3:%4 上的证书 %2（仅限该服务器）</translation>
    </message>
    <message>
        <source>account %1 has no pin for that certificate</source>
        <translation>账户 %1 没有固定该证书</translation>
    </message>
    <message numerus="yes">
        <source>removed %n pin(s) from account %1</source>
        <translation>
            <numerusform>已从账户 %1 移除 %n 个固定证书</numerusform>
        </translation>
    </message>
    <message>
        <source>which action? add, list, show, remove, pin or unpin</source>
        <translation>要执行什么操作？add、list、show、remove、pin 或 unpin</translation>
    </message>
    <message>
        <source>unknown action '%1'</source>
        <translation>未知操作“%1”</translation>
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
        <translation>用法：mailwright detect EMAIL [--json] [--offline] [--timeout-ms N] [--ispdb-url URL]
                        [--allow-http]
查找 EMAIL 的 SMTP、POP3 和 IMAP 设置：先查内置的服务商列表，再查该域名的 autoconfig
文件、ISPDB、DNS SRV 和 MX 记录，最后探测常用的服务器名称。
  --offline        只用内置的和您自己的服务商文件；不联网
  --timeout-ms N   总时限，单位毫秒（默认 8000）
  --ispdb-url URL  ISPDB 基础网址（获取“&lt;URL&gt;&lt;domain&gt;”）；留空则停用 ISPDB
  --allow-http     也尝试通过明文 http 获取 autoconfig（所得结果需要确认）
</translation>
    </message>
    <message>
        <source>%1: the domain could not be found in DNS (check the address or the network)</source>
        <translation>%1：在 DNS 中找不到该域名（请检查地址或网络）</translation>
    </message>
    <message>
        <source>%1: no mail server settings found; enter them by hand</source>
        <translation>%1：未找到邮件服务器设置；请手动填写</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1：设置来源：%2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户名 %1</translation>
    </message>
    <message>
        <source>Please confirm these settings: they were not published by the domain itself.</source>
        <translation>请确认这些设置：它们并非由该域名自己发布。</translation>
    </message>
    <message>
        <source>Warning: no encryption is available; passwords would be sent readable.</source>
        <translation>警告：没有可用的加密方式；密码将以明文发送。</translation>
    </message>
    <message>
        <source>This provider accepts OAuth2 sign-in only, not passwords.</source>
        <translation>该服务商只接受 OAuth2 登录，不接受密码。</translation>
    </message>
    <message>
        <source>This provider needs an authorization code or app password, not your login password.</source>
        <translation>该服务商要求使用授权码或应用专用密码，而不是您的登录密码。</translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>（用时 %1 毫秒）</translation>
    </message>
    <message>
        <source>EMAIL is required</source>
        <translation>必须提供 EMAIL</translation>
    </message>
    <message>
        <source>--ispdb-url needs an https URL (or an empty value to disable it)</source>
        <translation>--ispdb-url 需要一个 https 网址（或留空以停用）</translation>
    </message>
    <message>
        <source>give either --account NAME or --smtp HOST:PORT/SEC</source>
        <translation>请提供 --account NAME 或 --smtp HOST:PORT/SEC（二选一）</translation>
    </message>
    <message>
        <source>the account %1 has no outgoing (SMTP) server</source>
        <translation>账户 %1 没有发件服务器（SMTP）</translation>
    </message>
    <message>
        <source>No password is saved for this account: give it with --password-stdin.</source>
        <translation>此账户没有保存密码：请通过 --password-stdin 提供。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>login mechanism as user name</comment>
        <translation>%1，用户名 %2</translation>
    </message>
    <message>
        <source>certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>证书：%1，颁发者 %2，SHA-256 %3</translation>
    </message>
    <message>
        <source>EMAIL: %1</source>
        <translation>EMAIL：%1</translation>
    </message>
    <message>
        <source>detection is not wired yet; give --smtp and/or --pop3</source>
        <translation>尚未接入自动检测；请提供 --smtp 和/或 --pop3</translation>
    </message>
    <message>
        <source>--recipient needs --smtp</source>
        <translation>--recipient 需要与 --smtp 一起使用</translation>
    </message>
    <message>
        <source>--recipient: %1</source>
        <translation>--recipient：%1</translation>
    </message>
    <message>
        <source>recipient %1: %2 (%3)</source>
        <translation>收件人 %1：%2（%3）</translation>
    </message>
    <message>
        <source>recipient %1: not checked, because the SMTP verification failed</source>
        <translation>收件人 %1：未检查，因为 SMTP 验证失败</translation>
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
        <translation>用法：mailwright account add --email ADDR --smtp HOST:PORT/SEC [--pop3 HOST:PORT/SEC]
          [--imap HOST:PORT/SEC] [--name NAME] [--user USER] [--password-stdin]
          [--sender-name TEXT] [--reply-to ADDR] [--auth MECHANISM...]
          [--allow-plaintext] [--json]
      mailwright account list [--json]
      mailwright account show NAME [--json]
      mailwright account remove NAME [--force]
      mailwright account pin NAME --sha256 HEX [--host HOST [--port PORT]]
          [--reason TEXT]
      mailwright account unpin NAME [--sha256 HEX]
NAME 为账户的名称、邮箱地址或 ID。SEC 为加密方式：ssl、starttls 或 plain。
密码（--password-stdin）只保存在系统密钥环中，用于 SMTP 和 POP3。remove 会同时
删除保存的密码；即使无法访问系统密钥环，--force 也会删除账户。固定证书（pin）
让账户的某一台服务器只信任指定的一张证书。
</translation>
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
        <translation>用法：mailwright [--lang zh_CN|en] [--ca-file PEM] [命令] [选项]

不带命令时启动图形界面。

命令：
  compose [mailto:URI]   打开写信窗口（图形界面）
  detect EMAIL           查找该邮箱地址的邮件服务器设置
  verify EMAIL           登录 SMTP 和 POP3 服务器以验证设置
  send                   通过 SMTP 服务器发送邮件
  account                添加、列出、查看或删除账户
  outbox                 列出、发送或删除发件箱中的邮件（send --queue）

全局选项：
  --ca-file PEM          额外信任此 CA 证书（或使用 MAILWRIGHT_CA_FILE）
  --lang zh_CN|en        选择界面语言
  --help                 显示此帮助
  --version              显示版本号
</translation>
    </message>
    <message>
        <source>--account NAME is required: outbox messages are sent with an account's settings</source>
        <translation>必须提供 --account 账户：发件箱中的邮件使用账户的设置发送</translation>
    </message>
    <message>
        <source>--subject is required</source>
        <translation>必须提供 --subject（主题）</translation>
    </message>
    <message>
        <source>give at least one recipient with --to, --cc or --bcc</source>
        <translation>请用 --to、--cc 或 --bcc 至少指定一个收件人</translation>
    </message>
    <message>
        <source>    attempts: %1, last: %2</source>
        <translation>    尝试次数：%1，最近一次：%2</translation>
    </message>
    <message>
        <source>    next attempt: %1</source>
        <translation>    下次重试：%1</translation>
    </message>
    <message>
        <source>    error: %1</source>
        <translation>    错误：%1</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>发件箱为空。</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>not sent: %1: %2 (%3)</source>
        <translation>未发送：%1：%2（%3）</translation>
    </message>
    <message>
        <source>  rejected %1: %2 %3 %4</source>
        <translation>  被拒收 %1：%2 %3 %4</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>没有需要发送的邮件。</translation>
    </message>
    <message>
        <source>give the ID of one message (see 'mailwright outbox list')</source>
        <translation>请给出一封邮件的 ID（见“mailwright outbox list”）</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>queued %1 (%2)</source>
        <translation>已放入发件箱 %1（%2）</translation>
    </message>
    <message>
        <source>mailwright: compose takes at most one mailto: URL</source>
        <translation>mailwright：compose 最多只接受一个 mailto: 链接</translation>
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
        <translation>用法：mailwright outbox list [--json]
       mailwright outbox add --account 账户 [--from 地址] --to 地址... [--cc 地址...]
                  [--bcc 地址...] --subject 主题 [--body 正文 | --body-file 文件]
                  [--attach 文件...] [--json]
       mailwright outbox flush [--account 账户] [--now] [--password-stdin] [--timeout-ms 毫秒] [--json]
       mailwright outbox remove ID
       mailwright send --queue --account 账户 ...（选项同 outbox add）
add 把邮件放入发件箱（命令返回前已写入磁盘）；
flush 发送所有排队中、被中断或已到重试时间的邮件，每个账户共用一个连接
（--now：连同仍在等待重试时间的邮件）；
send --queue 两者都做。只有在服务器接收邮件之后，邮件才会离开发件箱。
密码来自 --password-stdin 或 MAILWRIGHT_PASSWORD，否则来自系统钥匙串。
</translation>
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
        <translation>用法：mailwright verify (EMAIL | --account NAME) [--smtp HOST:PORT/SEC] [--pop3 HOST:PORT/SEC]
                        [--user USER] [--password-stdin] [--auth MECHANISM]
                        [--allow-plaintext] [--timeout-ms N] [--recipient ADDR] [--json]
同时登录 SMTP 和 POP3 服务器以验证设置；不会发送任何邮件。
SEC 为加密方式：ssl、starttls 或 plain。密码来自 --password-stdin 或 MAILWRIGHT_PASSWORD；
没有密码时，只检查连接和加密。USER 默认为 EMAIL。
--account NAME（账户名称、地址或 ID）使用已保存账户的服务器、用户名、证书例外和
密码（来自系统钥匙串）；--smtp、--pop3、--user 和 --password-stdin 可覆盖这些设置。
--recipient 询问 SMTP 服务器是否会接收发往 ADDR 的邮件（用 VRFY，不行则用 RCPT TO）。
</translation>
    </message>
    <message>
        <source>give either EMAIL or --account NAME, not both</source>
        <translation>请只提供 EMAIL 或 --account NAME 之一，不要同时提供</translation>
    </message>
    <message>
        <source>the account %1 has no server to verify</source>
        <translation>账户 %1 没有可验证的服务器</translation>
    </message>
    <message>
        <source>mailwright: the graphical interface could not be loaded:
    %1
Reinstall Mailwright. The command-line subcommands (mailwright --help) work without it.</source>
        <translation>mailwright：无法加载图形界面：
    %1
请重新安装 Mailwright。命令行子命令（mailwright --help）不需要它也能使用。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>mw::MainWindow</name>
    <message>
        <source>Mailwright</source>
        <translation>Mailwright 邮件助手</translation>
    </message>
    <message>
        <source>Set up a mail account from just your address, and send mail through it.</source>
        <translation>只需输入邮箱地址即可设置邮件账户，并通过它发送邮件。</translation>
    </message>
    <message>
        <source>Add account (not yet available)</source>
        <comment>placeholder until the setup wizard exists</comment>
        <translation>添加账户（尚不可用）</translation>
    </message>
    <message>
        <source>The account setup wizard is still being built.</source>
        <translation>账户设置向导仍在开发中。</translation>
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
        <translation>用法：mailwright [--lang zh_CN|en] [--ca-file PEM] [命令] [选项]

不带命令时启动图形界面。

命令：
  compose [mailto:URI]   打开写信窗口（图形界面）
  detect EMAIL           查找该邮箱地址的邮件服务器设置
  verify EMAIL           登录 SMTP 和 POP3 服务器以验证设置
  send                   通过 SMTP 服务器发送邮件
  account                添加、列出、查看或删除账户

全局选项：
  --ca-file PEM          额外信任此 CA 证书（或使用 MAILWRIGHT_CA_FILE）
  --lang zh_CN|en        选择界面语言
  --help                 显示此帮助
  --version              显示版本号
</translation>
    </message>
    <message>
        <source>mailwright %1: this command is not available yet in this build.</source>
        <translation>mailwright %1：此版本尚未提供该命令。</translation>
    </message>
    <message>
        <source>mailwright: unknown command or option &apos;%1&apos;</source>
        <translation>mailwright：未知的命令或选项“%1”</translation>
    </message>
</context>
</TS>

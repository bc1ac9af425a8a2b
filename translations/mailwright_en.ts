<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mw::MainWindow</name>
    <message>
        <source>Mailwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a mail account from just your address, and send mail through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account (not yet available)</source>
        <comment>placeholder until the setup wizard exists</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account setup wizard is still being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mw::cli</name>
    <message>
        <source>mailwright: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
Run it inside a graphical session, or without one through a virtual display:
    xvfb-run -a mailwright
The command-line subcommands (mailwright --help) need no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailwright %1: this command is not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailwright: unknown command or option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace mw::cli {

// A small parser for subcommand options as the CLI contract writes them:
// flags ("--json"), single values ("--from ADDR" or "--from=ADDR") and lists
// that take every following word up to the next option ("--to A B C"; the
// option may also be repeated).
class CliArgs {
public:
    enum class Arity { Flag, One, Many };

    void add(const QString &name, Arity arity) { m_arity.insert(name, arity); }
    // Parses `arguments` (the subcommand's own words). Returns false and sets
    // errorString() on an unknown option or a missing value.
    bool parse(const QStringList &arguments);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    QStringList positional() const { return m_positional; }
    QString errorString() const { return m_error; }

private:
    QHash<QString, Arity> m_arity;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace mw::cli

// TlsPolicy (core/net/TlsPolicy.h): extra CA files, SHA-256 pins and the
// fingerprint text users paste.

#include "net/TlsPolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using mw::CertificateInfo;
using mw::TlsPolicy;

namespace {

QString certPath(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("../support/certs/") + QLatin1String(name));
}

QSslCertificate loadCertificate(const char *name)
{
    QFile file(certPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray kDigest
    = QByteArray::fromHex("7f44150f459b2ea48c27b1846dabe97886555578aeaff0190c3c825b1fbc32be");

} // namespace

class TestTlsPolicy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(kDigest.size(), 32);
        QVERIFY2(!certPath("ca.pem").isEmpty(), "tests/support/certs/ca.pem not found");
        QVERIFY(!loadCertificate("ca.pem").isNull());
    }

    // --- parseSha256Fingerprint ------------------------------------------------

    void fingerprint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("digest"); // empty = rejected
        const QString upper = QString::fromLatin1(kDigest.toHex().toUpper());
        const QString lower = QString::fromLatin1(kDigest.toHex());
        QTest::newRow("upper hex") << upper << kDigest;
        QTest::newRow("lower hex") << lower << kDigest;
        QTest::newRow("mixed case") << upper.left(32) + lower.mid(32) << kDigest;
        QTest::newRow("colons") << QString::fromLatin1(kDigest.toHex(':').toUpper()) << kDigest;
        QTest::newRow("colons lower") << QString::fromLatin1(kDigest.toHex(':')) << kDigest;
        QTest::newRow("spaces") << QString::fromLatin1(kDigest.toHex(' ')) << kDigest;
        QTest::newRow("spaces around")
            << QStringLiteral("  ") + upper + QStringLiteral(" ") << kDigest;
        QTest::newRow("groups of four")
            << QString::fromLatin1(kDigest.toHex())
                   .replace(QRegularExpression(QStringLiteral("(....)")), QStringLiteral("\\1 "))
            << kDigest;
        QTest::newRow("all zeros") << QString(64, QLatin1Char('0')) << QByteArray(32, '\0');
        // Wrong length.
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("only separators") << QStringLiteral(": : :") << QByteArray();
        QTest::newRow("one digit short") << upper.left(63) << QByteArray();
        QTest::newRow("one byte short") << upper.left(62) << QByteArray();
        QTest::newRow("one digit long") << upper + QStringLiteral("A") << QByteArray();
        QTest::newRow("one byte long") << upper + QStringLiteral("AB") << QByteArray();
        QTest::newRow("SHA-1 length") << upper.left(40) << QByteArray();
        QTest::newRow("SHA-512 length") << upper + upper << QByteArray();
        // Not hex.
        QTest::newRow("G") << upper.left(63) + QStringLiteral("G") << QByteArray();
        QTest::newRow("0x prefix") << QStringLiteral("0x") + upper.left(62) << QByteArray();
        QTest::newRow("dash separators") << QString::fromLatin1(kDigest.toHex('-')) << QByteArray();
        QTest::newRow("tab") << upper.left(32) + QStringLiteral("\t") + upper.mid(32)
                             << QByteArray();
        QTest::newRow("newline") << upper + QStringLiteral("\n") << QByteArray();
        QTest::newRow("NUL") << upper.left(32) + QChar(0) + upper.mid(32) << QByteArray();
        QTest::newRow("lower-case g") << lower.left(63) + QStringLiteral("g") << QByteArray();
        QTest::newRow("fullwidth digit") // U+FF11 FULLWIDTH DIGIT ONE
            << upper.left(63) + QChar(0xff11) << QByteArray();
        QTest::newRow("fullwidth letter") << upper.left(63) + QChar(0xff21) << QByteArray();
        QTest::newRow("arabic-indic digit") << QChar(0x0661) + upper.mid(1) << QByteArray();
        QTest::newRow("all fullwidth") << QString(64, QChar(0xff11)) << QByteArray();
        QTest::newRow("base64 of the digest")
            << QString::fromLatin1(kDigest.toBase64()) << QByteArray();
    }
    void fingerprint()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, digest);
        const QByteArray parsed = mw::parseSha256Fingerprint(text);
        QCOMPARE(parsed.toHex(), digest.toHex());
        QVERIFY(parsed.isEmpty() || parsed.size() == 32);
    }

    void fingerprintRoundTrip()
    {
        // What the UI shows (sha256Hex) parses back to the same digest.
        const QSslCertificate ca = loadCertificate("ca.pem");
        const CertificateInfo info = CertificateInfo::from(ca);
        QCOMPARE(info.sha256, ca.digest(QCryptographicHash::Sha256));
        QCOMPARE(info.sha256Hex().size(), 32 * 3 - 1);
        QCOMPARE(info.sha256Hex(), info.sha256Hex().toUpper());
        QCOMPARE(mw::parseSha256Fingerprint(info.sha256Hex()), info.sha256);
    }

    // --- addCaFile ---------------------------------------------------------------

    void addCaFileGood()
    {
        TlsPolicy policy;
        QString error = QStringLiteral("untouched");
        QVERIFY(policy.addCaFile(certPath("ca.pem"), &error));
        QCOMPARE(policy.extraCaCertificates.size(), 1);
        QCOMPARE(policy.extraCaCertificates.first(), loadCertificate("ca.pem"));
        QCOMPARE(policy.extraCaCertificates.first().subjectInfo(QSslCertificate::CommonName),
            QStringList { QStringLiteral("Mailwright Test CA") });
        // A second file adds to the first.
        QVERIFY(policy.addCaFile(certPath("server.pem"), nullptr));
        QCOMPARE(policy.extraCaCertificates.size(), 2);
    }

    void addCaFileBundle()
    {
        // Every certificate in a bundle is taken.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bundle = dir.filePath(QStringLiteral("bundle.pem"));
        QVERIFY(writeFile(bundle,
            readAll(certPath("ca.pem")) + "\n# comment\n" + readAll(certPath("selfsigned.pem"))));
        TlsPolicy policy;
        QString error;
        QVERIFY2(policy.addCaFile(bundle, &error), qPrintable(error));
        QCOMPARE(policy.extraCaCertificates.size(), 2);
        QCOMPARE(policy.extraCaCertificates.at(0), loadCertificate("ca.pem"));
        QCOMPARE(policy.extraCaCertificates.at(1), loadCertificate("selfsigned.pem"));
    }

    void addCaFileMissing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("no-such-ca.pem"));
        TlsPolicy policy;
        QString error;
        QVERIFY(!policy.addCaFile(missing, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(missing), qPrintable(error)); // says which file
        QVERIFY(policy.extraCaCertificates.isEmpty());
        // A null error pointer is allowed.
        QVERIFY(!policy.addCaFile(missing, nullptr));
    }

    void addCaFileNotPem_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not a certificate\n");
        QTest::newRow("binary") << QByteArray("\x30\x82\x01\x0a\x02\x82\x01\x01\x00\xff", 10);
        QTest::newRow("private key") << readAll(certPath("server.key"));
        QTest::newRow("DER certificate") << loadCertificate("ca.pem").toDer();
        QTest::newRow("broken PEM body")
            << QByteArray("-----BEGIN CERTIFICATE-----\nnot base64 !!!\n"
                          "-----END CERTIFICATE-----\n");
        QTest::newRow("truncated PEM") << readAll(certPath("ca.pem")).left(200);
    }
    void addCaFileNotPem()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(writeFile(path, contents));
        TlsPolicy policy;
        QString error;
        QVERIFY(!policy.addCaFile(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(policy.extraCaCertificates.isEmpty());
    }

    void addCaFileDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TlsPolicy policy;
        QString error;
        QVERIFY(!policy.addCaFile(dir.path(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(policy.extraCaCertificates.isEmpty());
    }

    void failureKeepsEarlierCertificates()
    {
        TlsPolicy policy;
        QVERIFY(policy.addCaFile(certPath("ca.pem"), nullptr));
        QString error;
        QVERIFY(!policy.addCaFile(certPath("server.key"), &error));
        QCOMPARE(policy.extraCaCertificates.size(), 1);
    }

    // --- isPinned ----------------------------------------------------------------

    void pinnedOnlyForTheExactDigest()
    {
        const QSslCertificate leaf = loadCertificate("selfsigned.pem");
        const QSslCertificate other = loadCertificate("server.pem");
        QVERIFY(!leaf.isNull() && !other.isNull());
        const QByteArray digest = leaf.digest(QCryptographicHash::Sha256);

        TlsPolicy policy;
        QVERIFY(!policy.isPinned(leaf)); // no pins at all

        policy.pinnedSha256 = { digest };
        QVERIFY(policy.isPinned(leaf));
        QVERIFY(!policy.isPinned(other));
        QVERIFY(!policy.isPinned(QSslCertificate()));

        // One of several pins is enough.
        policy.pinnedSha256 = { other.digest(QCryptographicHash::Sha256), digest };
        QVERIFY(policy.isPinned(leaf));
        QVERIFY(policy.isPinned(other));
    }

    void nearMissPinsDoNotMatch_data()
    {
        QTest::addColumn<QByteArray>("pin");
        const QSslCertificate leaf = loadCertificate("selfsigned.pem");
        const QByteArray digest = leaf.digest(QCryptographicHash::Sha256);
        QByteArray firstBit = digest;
        firstBit[0] = char(firstBit[0] ^ 0x01);
        QByteArray lastBit = digest;
        lastBit[31] = char(lastBit[31] ^ 0x80);
        QTest::newRow("first bit flipped") << firstBit;
        QTest::newRow("last bit flipped") << lastBit;
        QTest::newRow("prefix") << digest.left(31);
        QTest::newRow("longer") << digest + '\0';
        QTest::newRow("hex text, not raw") << digest.toHex();
        QTest::newRow("SHA-1") << leaf.digest(QCryptographicHash::Sha1);
        QTest::newRow("SHA-512") << leaf.digest(QCryptographicHash::Sha512);
        QTest::newRow("SHA-256 of the PEM text")
            << QCryptographicHash::hash(leaf.toPem(), QCryptographicHash::Sha256);
        QTest::newRow("SHA-256 of the public key")
            << QCryptographicHash::hash(leaf.publicKey().toDer(), QCryptographicHash::Sha256);
        QTest::newRow("empty") << QByteArray();
    }
    void nearMissPinsDoNotMatch()
    {
        QFETCH(QByteArray, pin);
        const QSslCertificate leaf = loadCertificate("selfsigned.pem");
        TlsPolicy policy;
        policy.pinnedSha256 = { pin };
        QVERIFY(!policy.isPinned(leaf));
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"

#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>

class QFileDevice;

namespace ww {

// Writes a file all at once or says why not ("cannot write PATH: reason").
//
// A regular file (or a new one) is written to a temporary file and renamed over
// the target on commit (QSaveFile), so a failure leaves the old file as it was.
// A device or FIFO (/dev/full, a pipe) is never renamed over: it is written
// directly, and its errors are reported the same way. /dev/stdout, /dev/stderr
// and /dev/fd/N are written through that descriptor, so a redirection to a file
// gets the bytes after what the program printed there.
//
// Qt 6.4's QSaveFile::commit() returns true when ENOSPC only shows while it
// flushes its buffer, leaving an empty file in place of the old one. So the file
// underneath is unbuffered, this device buffers, every write's result is
// checked, and commit() fails on the first error with the system's reason
// ("No space left on device"). Writes after an error are dropped (and counted
// as written) so encoders such as libpng do not print their own vague message.
// (No Q_OBJECT: core is built without moc, and nothing here needs signals.)
class SafeWrite : public QIODevice {
public:
    explicit SafeWrite(const QString& path, QObject* parent = nullptr);
    ~SafeWrite() override;

    QString path() const { return path_; }
    // Opens the target for writing; false with `error` set when it cannot.
    bool open(QString* error);
    // Writes what is buffered, checks that every byte reached the file and puts
    // it in place; false with `error` ("cannot write PATH: reason") otherwise.
    bool commit(QString* error);
    // Leaves the target as it was (for a regular file; a device keeps what it got).
    void cancel();
    // True when the target is written directly rather than replaced.
    bool direct() const { return direct_; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    using QIODevice::open;
    bool drain();
    QString failure(const QString& reason) const;

    QString path_;
    std::unique_ptr<QFileDevice> file_;
    QByteArray buffer_;
    QString error_; // the first write error's reason; empty while all is well
    bool direct_ = false;
};

// Writes `bytes` to `path` through SafeWrite; false with `error` set when not.
bool writeFileSafely(const QString& path, const QByteArray& bytes, QString* error);

} // namespace ww

#include "io/safe_write.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ww {

namespace {

// Large enough that a capture of many small frames is not a system call each.
constexpr qsizetype kChunk = 64 * 1024;

// The file descriptor `path` names (/dev/stdout, /dev/fd/N, ...), or -1. Written
// through that descriptor, output shares its offset with the program's own (a
// second open of a redirected file would start at 0 and overwrite it).
int namedDescriptor(const QString& path) {
    if (path == QLatin1String("/dev/stdout"))
        return 1;
    if (path == QLatin1String("/dev/stderr"))
        return 2;
    for (const QLatin1String prefix :
         {QLatin1String("/dev/fd/"), QLatin1String("/proc/self/fd/")}) {
        bool ok = false;
        const int fd = path.startsWith(prefix) ? path.mid(prefix.size()).toInt(&ok) : -1;
        if (ok && fd >= 0)
            return fd;
    }
    return -1;
}

// A device, FIFO or socket: something a rename would replace rather than write.
bool isSpecialFile(const QString& path) {
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir();
}

} // namespace

SafeWrite::SafeWrite(const QString& path, QObject* parent)
    : QIODevice(parent)
    , path_(path) {}

SafeWrite::~SafeWrite() {
    if (isOpen())
        cancel();
}

QString SafeWrite::failure(const QString& reason) const {
    return QCoreApplication::translate("SafeWrite", "cannot write %1: %2").arg(path_, reason);
}

bool SafeWrite::open(QString* error) {
    // Unbuffered: every write below is a real write whose result is known.
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    const int fd = namedDescriptor(path_);
    direct_ = fd >= 0 || isSpecialFile(path_);
    bool opened = false;
    if (fd >= 0) {
        auto file = std::make_unique<QFile>();
        opened = file->open(fd, mode, QFileDevice::DontCloseHandle);
        file_ = std::move(file);
    } else {
        if (direct_)
            file_ = std::make_unique<QFile>(path_);
        else
            file_ = std::make_unique<QSaveFile>(path_);
        opened = file_->open(mode);
    }
    if (!opened) {
        if (error)
            *error = failure(file_->errorString());
        file_.reset();
        return false;
    }
    buffer_.clear();
    error_.clear();
    return QIODevice::open(QIODevice::WriteOnly);
}

qint64 SafeWrite::readData(char*, qint64) {
    return -1;
}

qint64 SafeWrite::writeData(const char* data, qint64 size) {
    if (error_.isEmpty()) {
        buffer_.append(data, size);
        if (buffer_.size() >= kChunk)
            drain();
    }
    return size;
}

bool SafeWrite::drain() {
    if (!error_.isEmpty() || !file_)
        return false;
    const char* at = buffer_.constData();
    qint64 left = buffer_.size();
    while (left > 0) {
        const qint64 n = file_->write(at, left);
        if (n <= 0) {
            error_ = file_->errorString();
            if (error_.isEmpty())
                error_ = QCoreApplication::translate("SafeWrite", "the write stopped short");
            break;
        }
        at += n;
        left -= n;
    }
    buffer_.clear();
    return error_.isEmpty();
}

bool SafeWrite::commit(QString* error) {
    if (!file_ || !isOpen()) {
        if (error)
            *error = failure(QCoreApplication::translate("SafeWrite", "the file is not open"));
        return false;
    }
    bool ok = drain() && file_->flush();
    if (ok && error_.isEmpty() && file_->error() != QFileDevice::NoError)
        error_ = file_->errorString();
    ok = ok && error_.isEmpty();
    if (!ok && error_.isEmpty())
        error_ = file_->errorString();
    if (ok) {
        if (auto* save = qobject_cast<QSaveFile*>(file_.get())) {
            ok = save->commit();
        } else {
            file_->close();
            ok = file_->error() == QFileDevice::NoError;
        }
        if (!ok)
            error_ = file_->errorString();
    }
    QIODevice::close();
    file_.reset(); // an uncommitted QSaveFile removes its temporary file
    if (!ok && error)
        *error = failure(error_);
    return ok;
}

void SafeWrite::cancel() {
    file_.reset(); // an uncommitted QSaveFile removes its temporary file
    buffer_.clear();
    if (isOpen())
        QIODevice::close();
}

bool writeFileSafely(const QString& path, const QByteArray& bytes, QString* error) {
    SafeWrite file(path);
    if (!file.open(error))
        return false;
    file.write(bytes);
    return file.commit(error);
}

} // namespace ww

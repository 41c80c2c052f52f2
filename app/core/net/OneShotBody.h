#pragma once

#include <QIODevice>

namespace EndpointDesk {

// A request body that can be read once and never rewound. QNetworkAccessManager silently
// resends a request, POST included, when the server closes the connection without answering;
// it cannot rewind this device, so it fails with ContentReSendError instead. A create is never
// sent twice by the program itself.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    OneShotBody(QByteArray data, QObject *parent);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    // The network stack has taken some of it to write. It takes a streamed body only as it writes the request,
    // on the thread this lives in, so until then the request cannot have reached the server whole.
    bool wasRead() const { return m_position > 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace EndpointDesk

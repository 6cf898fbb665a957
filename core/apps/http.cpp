#include "apps/http.h"

#include "net/ip_node.h"
#include "net/network.h"
#include "transport/tcp_layer.h"

#include <memory>

namespace ww::http {

namespace {

constexpr const char* kCrlf = "\r\n";

// Header field value by case-insensitive name (RFC 9110 §5.1), from the header block.
std::optional<std::string> field(const std::string& head, const std::string& name) {
    std::size_t pos = head.find(kCrlf);
    while (pos != std::string::npos && pos + 2 < head.size()) {
        const std::size_t start = pos + 2;
        const std::size_t end = head.find(kCrlf, start);
        const std::string line =
            head.substr(start, end == std::string::npos ? std::string::npos : end - start);
        const std::size_t colon = line.find(':');
        if (colon != std::string::npos && colon == name.size()) {
            bool same = true;
            for (std::size_t i = 0; i < colon; ++i)
                same = same && std::tolower(static_cast<unsigned char>(line[i])) ==
                                   std::tolower(static_cast<unsigned char>(name[i]));
            if (same) {
                std::size_t v = colon + 1;
                while (v < line.size() && (line[v] == ' ' || line[v] == '\t'))
                    ++v;
                return line.substr(v);
            }
        }
        pos = end;
    }
    return std::nullopt;
}

Network& netOf(IpNode& n) {
    return n.network();
}

// Publishes what an application layer does with a message: the body as data,
// then the HTTP header pushed in front of it (encapsulation at layer 4 of 4).
void publishBuilt(IpNode& node, const std::string& message, std::size_t headerLen) {
    Network& net = netOf(node);
    const std::string body = message.substr(headerLen);
    if (!body.empty())
        net.emit(PduBuilt{node.id(), Layer::Application, Protocol::Data, PduName::Message,
                          net.makePdu(Bytes(body.begin(), body.end()))});
    net.emit(HeaderPushed{node.id(), Layer::Application, Protocol::Http, PduName::Message,
                          static_cast<std::uint32_t>(headerLen), 0,
                          net.makePdu(Bytes(message.begin(), message.end()))});
}

void publishReceived(IpNode& node, const std::string& message, std::size_t headerLen,
                     std::uint16_t port) {
    Network& net = netOf(node);
    const PduRef pdu = net.makePdu(Bytes(message.begin(), message.end()));
    net.emit(HeaderPopped{node.id(), Layer::Application, Protocol::Http, PduName::Message,
                          static_cast<std::uint32_t>(headerLen), 0, pdu});
    net.emit(Delivered{node.id(), Protocol::Http, port, pdu});
}

std::string drain(tcp::Connection& c) {
    const Bytes b = c.read(std::size_t{1} << 30);
    return std::string(b.begin(), b.end());
}

} // namespace

std::string requestText(const Request& r) {
    return r.method + " " + r.target + " HTTP/1.1" + kCrlf + "Host: " + r.host + kCrlf +
           "User-Agent: Wirewalk/0.1" + kCrlf + "Accept: */*" + kCrlf + kCrlf;
}

std::string responseText(const Response& r) {
    return "HTTP/1.1 " + std::to_string(r.status) + " " + r.reason + kCrlf +
           "Content-Type: " + r.contentType + kCrlf +
           "Content-Length: " + std::to_string(r.body.size()) + kCrlf + kCrlf + r.body;
}

std::optional<Request> parseRequest(const std::string& text, bool* malformed) {
    *malformed = false;
    const std::size_t end = text.find("\r\n\r\n");
    if (end == std::string::npos)
        return std::nullopt;
    const std::string head = text.substr(0, end + 2);
    const std::size_t sp1 = head.find(' ');
    const std::size_t sp2 = sp1 == std::string::npos ? sp1 : head.find(' ', sp1 + 1);
    const std::size_t eol = head.find(kCrlf);
    if (sp1 == std::string::npos || sp2 == std::string::npos || sp2 > eol ||
        head.compare(sp2 + 1, eol - sp2 - 1, "HTTP/1.1") != 0) {
        *malformed = true;
        return std::nullopt;
    }
    Request r;
    r.method = head.substr(0, sp1);
    r.target = head.substr(sp1 + 1, sp2 - sp1 - 1);
    r.host = field(head, "Host").value_or("");
    return r;
}

std::optional<Response> parseResponse(const std::string& text) {
    const std::size_t end = text.find("\r\n\r\n");
    if (end == std::string::npos || text.compare(0, 9, "HTTP/1.1 ") != 0)
        return std::nullopt;
    const std::string head = text.substr(0, end + 2);
    const std::size_t length = std::stoul(field(head, "Content-Length").value_or("0"));
    if (text.size() < end + 4 + length)
        return std::nullopt;
    Response r;
    r.status = std::atoi(head.substr(9, 3).c_str());
    const std::size_t eol = head.find(kCrlf);
    r.reason = head.size() > 13 ? head.substr(13, eol - 13) : "";
    r.contentType = field(head, "Content-Type").value_or("");
    r.body = text.substr(end + 4, length);
    return r;
}

void serve(IpNode& node, std::uint16_t port, std::string page) {
    tcp::ConnectionOptions options;
    options.msl = node.network().settings().msl;
    node.tcp().listen(
        port,
        [&node, port, page](tcp::Connection& c) {
            auto buffer = std::make_shared<std::string>();
            c.onReadable = [&node, &c, port, page, buffer] {
                *buffer += drain(c);
                bool malformed = false;
                auto request = parseRequest(*buffer, &malformed);
                if (!request && !malformed)
                    return; // the rest of the request is still on its way
                const std::size_t headEnd = buffer->find("\r\n\r\n");
                publishReceived(node, buffer->substr(0, headEnd + 4), headEnd + 4, port);
                Response response;
                if (malformed) {
                    response = {400, "Bad Request", "text/plain; charset=utf-8", "bad request\n"};
                } else if (request->target == "/" || request->target == "/index.html") {
                    response.body = page;
                } else {
                    response = {404, "Not Found", "text/plain; charset=utf-8", "not found\n"};
                }
                buffer->erase(0, headEnd + 4);
                const std::string text = responseText(response);
                publishBuilt(node, text, text.size() - response.body.size());
                c.send(Bytes(text.begin(), text.end()));
            };
            c.onPeerClosed = [&c] { c.close(); };
        },
        options);
}

void get(IpNode& node, Ipv4Address server, std::uint16_t port, const std::string& path,
         const std::string& host) {
    tcp::ConnectionOptions options;
    options.msl = node.network().settings().msl;
    tcp::Connection* c = node.tcp().connect(server, port, options);
    if (!c)
        return;
    const std::string text =
        requestText(Request{"GET", path, host.empty() ? server.toString() : host});
    auto buffer = std::make_shared<std::string>();
    c->onEstablished = [&node, c, text] {
        publishBuilt(node, text, text.size());
        c->send(Bytes(text.begin(), text.end()));
    };
    c->onReadable = [&node, c, buffer, port] {
        *buffer += drain(*c);
        if (!parseResponse(*buffer))
            return;
        publishReceived(node, *buffer, buffer->find("\r\n\r\n") + 4, port);
        c->close(); // the client closes first: it is the one in TIME-WAIT
    };
}

} // namespace ww::http

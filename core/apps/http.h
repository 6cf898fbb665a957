#pragma once

#include "wire/address.h"
#include "wire/bytes.h"

#include <map>
#include <optional>
#include <string>

namespace ww {
class IpNode;
}

namespace ww::http {

// HTTP/1.1 messages as bytes (RFC 9112): request line or status line, header
// fields, an empty line, then a body of Content-Length bytes.
struct Request {
    std::string method = "GET";
    std::string target = "/";
    std::string host;
};

struct Response {
    int status = 200;
    std::string reason = "OK";
    std::string contentType = "text/html; charset=utf-8";
    std::string body;
};

std::string requestText(const Request& r);
std::string responseText(const Response& r);

// Parses a complete request (through the empty line); nullopt until complete
// or when malformed.
std::optional<Request> parseRequest(const std::string& text, bool* malformed);
// Parses a complete response (headers and Content-Length body); nullopt until complete.
std::optional<Response> parseResponse(const std::string& text);

// A web server on `port`: "/" (and "/index.html") is `page`, anything else 404.
// It answers each request and closes when the client does.
void serve(IpNode& node, std::uint16_t port, std::string page);
// A client: connect, GET `path`, read the response (Content-Length), close. `host` is the
// Host field (the name the browser resolved); the server's address when empty.
void get(IpNode& node, Ipv4Address server, std::uint16_t port, const std::string& path,
         const std::string& host = {});

} // namespace ww::http

// An HTTP/1.1 server on 127.0.0.1 for the fetching tests: each test says what every path answers.
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// What the server answers to one request.
public struct TestResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// Send the body in this many pieces…
    public var pieces: Int
    /// …with this pause before each (a slow server).
    public var pause: TimeAmount

    public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = [], pieces: Int = 1, pause: TimeAmount = .zero) {
        self.status = status
        self.headers = headers
        self.body = body
        self.pieces = max(1, pieces)
        self.pause = pause
    }

    /// A page with a content type.
    public static func page(_ html: String, contentType: String = "text/html; charset=utf-8") -> TestResponse {
        TestResponse(headers: [("Content-Type", contentType)], body: Array(html.utf8))
    }

    /// A redirect.
    public static func redirect(to location: String, status: Int = 302) -> TestResponse {
        TestResponse(status: status, headers: [("Location", location)])
    }
}

/// A request as the server saw it.
public struct TestRequest: Sendable {
    public let path: String
    public let headers: [(String, String)]
    /// How many requests for this path came before this one.
    public let previousHits: Int
}

/// The requests one server has seen.
private final class RequestLog: Sendable {
    let entries = Mutex<[TestRequest]>([])

    /// Records a request and returns it with the count of earlier requests for its path.
    func record(path: String, headers: [(String, String)]) -> TestRequest {
        entries.withLock { entries in
            let request = TestRequest(path: path, headers: headers, previousHits: entries.filter { $0.path == path }.count)
            entries.append(request)
            return request
        }
    }
}

/// The server. Start it, point requests at ``baseURL``, stop it.
public final class LocalTestServer: Sendable {
    private let channel: any Channel
    private let log: RequestLog

    /// `http://127.0.0.1:PORT`
    public let baseURL: String

    /// Starts a server on a free port.
    ///
    /// - Parameter respond: the answer for each request; called on the server's event loop.
    public static func start(_ respond: @escaping @Sendable (TestRequest) -> TestResponse) async throws -> LocalTestServer {
        let log = RequestLog()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RouteHandler(respond: respond, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return LocalTestServer(channel: channel, log: log)
    }

    private init(channel: any Channel, log: RequestLog) {
        self.channel = channel
        self.log = log
        baseURL = "http://127.0.0.1:\(channel.localAddress?.port ?? 0)"
    }

    /// Every request so far, in order.
    public var seen: [TestRequest] { log.entries.withLock { $0 } }

    /// Closes the listening socket.
    public func stop() async throws {
        try await channel.close()
    }
}

/// Answers each request from the route function, pausing between body pieces when asked.
private final class RouteHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let respond: @Sendable (TestRequest) -> TestResponse
    private let log: RequestLog
    private var head: HTTPRequestHead?

    init(respond: @escaping @Sendable (TestRequest) -> TestResponse, log: RequestLog) {
        self.respond = respond
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(request):
            head = request
        case .body:
            break
        case .end:
            guard let head else { return }
            self.head = nil
            let request = log.record(path: head.uri, headers: head.headers.map { ($0.name, $0.value) })
            send(respond(request), context: context)
        }
    }

    private func send(_ response: TestResponse, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(response.headers)
        if !headers.contains(name: "Content-Length"), response.pieces == 1 {
            headers.add(name: "Content-Length", value: String(response.body.count))
        }
        headers.add(name: "Connection", value: "close")
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.writeAndFlush(wrapOutboundOut(.head(head)), promise: nil)
        let size = (response.body.count + response.pieces - 1) / response.pieces
        let pieces = stride(from: 0, to: response.body.count, by: max(1, size)).map {
            Array(response.body[$0..<min($0 + size, response.body.count)])
        }
        sendPieces(ArraySlice(pieces), pause: response.pause, context: context)
    }

    private func sendPieces(_ pieces: ArraySlice<[UInt8]>, pause: TimeAmount, context: ChannelHandlerContext) {
        guard let piece = pieces.first else {
            context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
            return
        }
        let write = {
            guard context.channel.isActive else { return }
            context.writeAndFlush(self.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: piece)))), promise: nil)
            self.sendPieces(pieces.dropFirst(), pause: pause, context: context)
        }
        if pause == .zero { write() } else { context.eventLoop.assumeIsolated().scheduleTask(in: pause, write) }
    }
}

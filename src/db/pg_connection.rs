//! How PostgreSQL connections are opened: without TLS on the loopback interface unless the
//! URL asks for it, and with `TCP_NODELAY`, which sqlx 0.9.0 no longer sets.
//!
//! TLS on loopback protects nothing (whoever can read it is root on the host) and cost about a
//! tenth of PostgreSQL's CPU under registration load; sqlx's default (`prefer`) uses it
//! whenever the server offers it, as Debian's does.
//!
//! Without `TCP_NODELAY`, a statement longer than one TCP segment sends its last segment only
//! once PostgreSQL acknowledges the ones before, and PostgreSQL delays that acknowledgement by
//! up to 40 ms (Nagle's algorithm meeting delayed ACKs). On loopback that is a bulk insert;
//! over a real network (1,460-byte segments) it is any statement carrying a rendered email.
//! sqlx does not expose its socket, so each new connection asks the server which client port
//! it sees, and the socket of this process with that local port and the server's port gets
//! the option. Through a connection pooler the ports do not match and nothing is changed.

use sea_orm::sqlx::PgConnection;
use sea_orm::sqlx::postgres::{PgConnectOptions, PgSslMode};

/// Turns TLS off when the server is on this host and neither the URL (`sslmode`) nor the
/// environment (`PGSSLMODE`) chose a mode.
pub(super) fn without_tls_on_loopback(url: &str, options: PgConnectOptions) -> PgConnectOptions {
    let mode_chosen = url.contains("sslmode=") || url.contains("ssl-mode=") || std::env::var_os("PGSSLMODE").is_some();
    if mode_chosen || !is_loopback(options.get_host()) { options } else { options.ssl_mode(PgSslMode::Disable) }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Sets `TCP_NODELAY` on the socket of a freshly opened connection; does nothing over a Unix
/// socket. Returns whether a socket was found.
pub(super) async fn set_nodelay(conn: &mut PgConnection) -> Result<bool, sea_orm::sqlx::Error> {
    let (client_port, server_port): (Option<i32>, Option<i32>) =
        sea_orm::sqlx::query_as("SELECT inet_client_port(), inet_server_port()").fetch_one(conn).await?;
    let (Some(client_port), Some(server_port)) = (client_port, server_port) else {
        return Ok(false);
    };
    let (Ok(client_port), Ok(server_port)) = (u16::try_from(client_port), u16::try_from(server_port)) else {
        return Ok(false);
    };
    Ok(set_on_socket(client_port, server_port))
}

fn set_on_socket(local_port: u16, peer_port: u16) -> bool {
    on_socket(local_port, peer_port, |socket| socket.set_tcp_nodelay(true).is_ok()).unwrap_or(false)
}

/// Runs `f` on this process's TCP socket from `local_port` to `peer_port`, if there is one.
#[cfg(target_os = "linux")]
fn on_socket<T>(local_port: u16, peer_port: u16, f: impl Fn(socket2::SockRef<'_>) -> T) -> Option<T> {
    let entries = std::fs::read_dir("/proc/self/fd").ok()?;
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .find_map(|fd| on_socket_if_ports_match(fd, local_port, peer_port, &f))
}

#[cfg(not(target_os = "linux"))]
fn on_socket<T>(_local_port: u16, _peer_port: u16, _f: impl Fn(socket2::SockRef<'_>) -> T) -> Option<T> {
    None
}

#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn on_socket_if_ports_match<T>(
    fd: i32,
    local_port: u16,
    peer_port: u16,
    f: &impl Fn(socket2::SockRef<'_>) -> T,
) -> Option<T> {
    // SAFETY: the descriptor is only borrowed for the calls below and never closed. Another
    // thread may close it meanwhile and the number be reused; the calls then fail (not a
    // socket) or read another socket's addresses, and `f` runs only on the socket with this
    // connection's two ports, which is this connection's.
    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    let socket = socket2::SockRef::from(&fd);
    let ports = |address: std::io::Result<socket2::SockAddr>| address.ok()?.as_socket().map(|a| a.port());
    (ports(socket.local_addr()) == Some(local_port) && ports(socket.peer_addr()) == Some(peer_port)).then(|| f(socket))
}

#[cfg(test)]
mod tests {
    use sea_orm::sqlx::postgres::{PgConnectOptions, PgSslMode};
    use sea_orm::sqlx::{ConnectOptions, PgConnection};

    use super::{on_socket, set_nodelay, without_tls_on_loopback};

    /// On the PostgreSQL run of the suite (over TCP in CI), a new connection's socket is found
    /// by its ports and gets the option.
    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn a_connection_over_tcp_gets_tcp_nodelay() {
        let Ok(url) = std::env::var("CONVENE_TEST_DATABASE_URL") else { return };
        let options: PgConnectOptions = url.parse().unwrap();
        if options.get_socket().is_some() || options.get_host().starts_with('/') {
            return; // a Unix socket: no TCP option to set
        }
        let mut conn: PgConnection = options.connect().await.unwrap();
        let (client, server): (i32, i32) = sea_orm::sqlx::query_as("SELECT inet_client_port(), inet_server_port()")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert!(set_nodelay(&mut conn).await.unwrap(), "this connection's socket was not found");
        let nodelay = on_socket(u16::try_from(client).unwrap(), u16::try_from(server).unwrap(), |s| s.tcp_nodelay());
        assert!(nodelay.unwrap().unwrap());
    }

    fn mode(url: &str) -> PgSslMode {
        let options: PgConnectOptions = url.parse().unwrap_or_else(|e| panic!("{url}: {e}"));
        without_tls_on_loopback(url, options).get_ssl_mode()
    }

    #[test]
    fn tls_is_off_on_loopback_unless_the_url_chooses() {
        if std::env::var_os("PGSSLMODE").is_some() {
            return; // the environment chose; the rule does not apply
        }
        assert!(matches!(mode("postgres://u@127.0.0.1:5432/db"), PgSslMode::Disable));
        assert!(matches!(mode("postgres://u@localhost/db"), PgSslMode::Disable));
        assert!(matches!(mode("postgres://u@[::1]:5432/db"), PgSslMode::Disable));
        assert!(matches!(mode("postgres://u@127.0.0.1/db?sslmode=require"), PgSslMode::Require));
        assert!(matches!(mode("postgres://u@db.example.org/db"), PgSslMode::Prefer));
    }
}

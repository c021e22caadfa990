/* httpd.h: a small HTTP/1.1 server on 127.0.0.1 for the tests, one thread
 * per connection, routes given by the test.  Not for anything else. */
#ifndef SR_TEST_HTTPD_H
#define SR_TEST_HTTPD_H
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* A route answers a request: write the whole response to fd.  The request
 * line and headers are in req. */
typedef void (*httpd_route_fn)(int fd, const char *path, const char *req);

typedef struct httpd {
	int fd;
	int port;
	httpd_route_fn route;
	pthread_t thread;
	volatile bool stop;
	volatile int requests;
} httpd;

typedef struct httpd_conn {
	httpd *h;
	int fd;
} httpd_conn;

static void *httpd_conn_main(void *arg)
{
	httpd_conn *c = arg;
	char req[8192];
	size_t n = 0;
	while (n + 1 < sizeof req) {
		ssize_t k = recv(c->fd, req + n, sizeof req - 1 - n, 0);
		if (k <= 0)
			break;
		n += (size_t)k;
		req[n] = '\0';
		if (strstr(req, "\r\n\r\n"))
			break;
	}
	req[n] = '\0';
	char path[2048] = "/";
	sscanf(req, "GET %2047s", path);
	c->h->requests++;
	c->h->route(c->fd, path, req);
	shutdown(c->fd, SHUT_RDWR);
	close(c->fd);
	free(c);
	return NULL;
}

static void *httpd_main(void *arg)
{
	httpd *h = arg;
	while (!h->stop) {
		int fd = accept(h->fd, NULL, NULL);
		if (fd < 0)
			continue;
		if (h->stop) {
			close(fd);
			break;
		}
		httpd_conn *c = malloc(sizeof *c);
		c->h = h;
		c->fd = fd;
		pthread_t t;
		if (pthread_create(&t, NULL, httpd_conn_main, c) == 0)
			pthread_detach(t);
		else {
			close(fd);
			free(c);
		}
	}
	return NULL;
}

/* Listen on 127.0.0.1 and an ephemeral port. */
static inline bool httpd_start(httpd *h, httpd_route_fn route)
{
	memset(h, 0, sizeof *h);
	h->route = route;
	h->fd = socket(AF_INET, SOCK_STREAM, 0);
	if (h->fd < 0)
		return false;
	int one = 1;
	setsockopt(h->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a.sin_port = 0;
	if (bind(h->fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(h->fd, 64) != 0)
		return false;
	socklen_t al = sizeof a;
	getsockname(h->fd, (struct sockaddr *)&a, &al);
	h->port = ntohs(a.sin_port);
	return pthread_create(&h->thread, NULL, httpd_main, h) == 0;
}

static inline void httpd_stop(httpd *h)
{
	h->stop = true;
	/* wake accept() */
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a.sin_port = htons((uint16_t)h->port);
	connect(fd, (struct sockaddr *)&a, sizeof a);
	close(fd);
	pthread_join(h->thread, NULL);
	close(h->fd);
	struct timespec ts = {0, 50000000};
	nanosleep(&ts, NULL); /* let connection threads finish */
}

static inline void httpd_send(int fd, const void *p, size_t n)
{
	const char *s = p;
	while (n) {
		ssize_t k = send(fd, s, n, MSG_NOSIGNAL);
		if (k <= 0)
			return;
		s += k;
		n -= (size_t)k;
	}
}

/* A whole response with Content-Length. */
static inline void httpd_reply(int fd, int status, const char *headers, const void *body, size_t n)
{
	char head[1024];
	int hn = snprintf(head, sizeof head, "HTTP/1.1 %d X\r\nContent-Length: %zu\r\nConnection: close\r\n%s\r\n", status,
	                  n, headers ? headers : "");
	httpd_send(fd, head, (size_t)hn);
	httpd_send(fd, body, n);
}
#endif

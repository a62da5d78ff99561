/* log: the one error sink. Modules report with a short prefix ("render: ...");
 * messages go to stderr as one line each, and tests can capture them. */
#ifndef SQ_LOG_H
#define SQ_LOG_H

#include <stdarg.h>
#include <stddef.h>

typedef enum { LOG_INFO, LOG_WARN, LOG_ERROR } log_level;

/* A sink receives each formatted line (without newline). */
typedef void (*log_sink_fn)(log_level level, const char *line, void *user);

void log_msg(log_level level, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void log_vmsg(log_level level, const char *fmt, va_list ap);

/* Replaces the sink (NULL restores stderr). Returns nothing: one sink at a time. */
void log_set_sink(log_sink_fn sink, void *user);
/* INFO lines are dropped unless verbose; warnings and errors always pass. */
void log_set_verbose(int verbose);
/* Number of LOG_ERROR lines since start: lets main() turn data errors into exit 1. */
unsigned log_error_count(void);

#define log_info(...) log_msg(LOG_INFO, __VA_ARGS__)
#define log_warn(...) log_msg(LOG_WARN, __VA_ARGS__)
#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)

#endif

/* log: formats one line per message and hands it to the current sink. */
#include "log.h"

#include <stdio.h>

static log_sink_fn log_sink;
static void *log_sink_user;
static int log_verbose;
static unsigned log_errors;

void log_set_sink(log_sink_fn sink, void *user)
{
    log_sink = sink;
    log_sink_user = user;
}

void log_set_verbose(int verbose)
{
    log_verbose = verbose;
}

unsigned log_error_count(void)
{
    return log_errors;
}

void log_vmsg(log_level level, const char *fmt, va_list ap)
{
    if (level == LOG_ERROR) log_errors++;
    if (level == LOG_INFO && !log_verbose && !log_sink) return;
    char line[1024];
    vsnprintf(line, sizeof line, fmt, ap);
    if (log_sink) {
        log_sink(level, line, log_sink_user);
        return;
    }
    fprintf(stderr, "skillquest: %s\n", line);
}

void log_msg(log_level level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    log_vmsg(level, fmt, ap);
    va_end(ap);
}

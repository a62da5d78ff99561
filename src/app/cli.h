/* cli: the command line, parsed without side effects so tests can check
 * every option and every usage error. */
#ifndef SQ_CLI_H
#define SQ_CLI_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
    CLI_RUN, CLI_CHECK, CLI_TEST, CLI_PROGRESS, CLI_HELP, CLI_VERSION, CLI_USAGE_ERROR
} cli_action;

typedef enum { CLI_FORMAT_TEXT, CLI_FORMAT_CSV, CLI_FORMAT_JSON } cli_format;

typedef struct {
    cli_action action;
    bool headless;
    long frames;          /* stop after this many ticks; 0 = run until quit */
    const char *screenshot;
    uint64_t seed;
    const char *data_root;
    const char *data_dir;  /* the player's data (saves, level packs) */
    const char *level;     /* --level FILE: play one level, with hot reload */
    char **paths;          /* --check / --test: files and directories */
    int path_count;
    const char *replay;
    const char *record;    /* --record FILE: write this session's input */
    bool print_hash;
    bool gpu;
    bool fullscreen;
    bool mute;
    bool verbose;
    int scale;            /* initial window size in multiples of the logical size */
    long today;           /* --today N: the day count spaced review uses; -1 = the clock's */
    cli_format format;    /* --progress --format */
    bool format_given;
    char error[256];      /* for CLI_USAGE_ERROR */
} cli_options;

cli_options cli_parse(int argc, char **argv);
const char *cli_usage(void);

#endif

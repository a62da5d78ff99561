/* cli: the command line, parsed with getopt_long: every option is long-form,
 * values follow as the next argument or after '='. Nothing is printed here:
 * usage errors come back in words for main to print. */
#define _GNU_SOURCE /* getopt_long */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *cli_usage(void)
{
    return "Usage: skillquest [OPTION]...\n"
           "A 2D game about growing from backend developer to backend engineer.\n"
           "\n"
           "  --level FILE        play one level (or a bare Tiled map); saving the file\n"
           "                      or pressing F5 reloads it in place\n"
           "  --check FILE|DIR... validate level files without opening a window\n"
           "  --test FILE|DIR...  run level tests (*.test.lua) headless\n"
           "  --progress          print the player's progress (skills, reviews, levels\n"
           "                      won, rank) without starting the game\n"
           "  --format FORMAT     --progress as text (default), csv or json\n"
           "  --headless          run with no window and no audio device\n"
           "  --frames N          stop after N simulation ticks (60 per second)\n"
           "  --screenshot FILE   write the last frame to FILE as PNG\n"
           "  --seed N            seed for everything random (default 1)\n"
           "  --today N           play as if today were day N since 1970-01-01 (spaced\n"
           "                      review; default: the clock's date)\n"
           "  --record FILE       write this session's input to FILE (docs/replays.md); with\n"
           "                      --test, the first case that starts a new game\n"
           "  --replay FILE       drive the input from a recorded session or a replay\n"
           "                      script; a session replays to its end and checks its hash\n"
           "  --print-hash        print the world state hash at exit\n"
           "  --data-root DIR     where assets/, scripts/ and levels/ are\n"
           "  --data-dir DIR      where the player's data and level packs are\n"
           "  --renderer NAME     software (default) or gpu\n"
           "  --fullscreen        start in fullscreen (F11 or Alt+Enter toggles)\n"
           "  --scale N           start with a window N times 640x360 (default 2)\n"
           "  --mute              start with sound muted\n"
           "  --verbose           log more about what the engine does\n"
           "  --version           print the version and exit\n"
           "  --help              print this help and exit\n"
           "\n"
           "Exit status: 0 success, 1 error in the game's data or a failed check,\n"
           "2 bad usage.\n";
}

static bool cli_number(const char *text, long min, long max, long *out)
{
    if (!text || !*text) return false;
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno || *end || v < min || v > max) return false;
    *out = v;
    return true;
}

enum {
    OPT_HELP = 256, OPT_VERSION, OPT_HEADLESS, OPT_PRINT_HASH, OPT_FULLSCREEN, OPT_MUTE,
    OPT_VERBOSE, OPT_FRAMES, OPT_SEED, OPT_TODAY, OPT_SCALE, OPT_SCREENSHOT, OPT_DATA_ROOT,
    OPT_REPLAY, OPT_RECORD, OPT_LEVEL, OPT_DATA_DIR, OPT_CHECK, OPT_TEST, OPT_RENDERER,
    OPT_PROGRESS, OPT_FORMAT,
};

static const struct option cli_options_table[] = {
    {"help", no_argument, NULL, OPT_HELP},
    {"version", no_argument, NULL, OPT_VERSION},
    {"headless", no_argument, NULL, OPT_HEADLESS},
    {"print-hash", no_argument, NULL, OPT_PRINT_HASH},
    {"fullscreen", no_argument, NULL, OPT_FULLSCREEN},
    {"mute", no_argument, NULL, OPT_MUTE},
    {"verbose", no_argument, NULL, OPT_VERBOSE},
    {"check", no_argument, NULL, OPT_CHECK},
    {"test", no_argument, NULL, OPT_TEST},
    {"progress", no_argument, NULL, OPT_PROGRESS},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"frames", required_argument, NULL, OPT_FRAMES},
    {"seed", required_argument, NULL, OPT_SEED},
    {"today", required_argument, NULL, OPT_TODAY},
    {"scale", required_argument, NULL, OPT_SCALE},
    {"screenshot", required_argument, NULL, OPT_SCREENSHOT},
    {"data-root", required_argument, NULL, OPT_DATA_ROOT},
    {"replay", required_argument, NULL, OPT_REPLAY},
    {"record", required_argument, NULL, OPT_RECORD},
    {"level", required_argument, NULL, OPT_LEVEL},
    {"data-dir", required_argument, NULL, OPT_DATA_DIR},
    {"renderer", required_argument, NULL, OPT_RENDERER},
    {NULL, 0, NULL, 0},
};

static cli_options cli_error(cli_options o, const char *fmt, const char *a, const char *b)
{
    snprintf(o.error, sizeof o.error, fmt, a, b);
    o.action = CLI_USAGE_ERROR;
    return o;
}

static const char *cli_option_name(int val)
{
    for (const struct option *opt = cli_options_table; opt->name; opt++)
        if (opt->val == val) return opt->name;
    return "?";
}

/* What getopt_long refused, in words: which option, and what was wrong. */
static cli_options cli_refused(cli_options o, const char *arg)
{
    char name[64];
    size_t n = strcspn(arg, "=");
    snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name - 1 ? n : sizeof name - 1), arg);
    if (optopt > 0 && optopt < 256) {
        char flag[3] = {'-', (char)optopt, 0};
        return cli_error(o, "unknown option '%s'", flag, "");
    }
    if (optopt) {
        const char *long_name = cli_option_name(optopt);
        for (const struct option *opt = cli_options_table; opt->name; opt++)
            if (opt->val == optopt && opt->has_arg == no_argument)
                return cli_error(o, "option '--%s' takes no value", long_name, "");
        return cli_error(o, "option '--%s' needs a value", long_name, "");
    }
    if (strncmp(arg, "--", 2) != 0) return cli_error(o, "unknown option '%s'", arg, "");
    return cli_error(o, "unknown option '%s'", name, "");
}

cli_options cli_parse(int argc, char **argv)
{
    cli_options o;
    memset(&o, 0, sizeof o);
    o.action = CLI_RUN;
    o.seed = 1;
    o.scale = 2;
    o.today = -1;
    opterr = 0; /* errors are ours to word */
    optind = 0; /* a fresh scan on every call (tests parse many lines) */
    int c;
    long n;
    while ((c = getopt_long(argc, argv, ":", cli_options_table, NULL)) != -1) {
        const char *v = optarg;
        switch (c) {
        case OPT_HELP: o.action = CLI_HELP; break;
        case OPT_VERSION: o.action = CLI_VERSION; break;
        case OPT_HEADLESS: o.headless = true; break;
        case OPT_PRINT_HASH: o.print_hash = true; break;
        case OPT_FULLSCREEN: o.fullscreen = true; break;
        case OPT_MUTE: o.mute = true; break;
        case OPT_VERBOSE: o.verbose = true; break;
        case OPT_FRAMES:
            if (!cli_number(v, 1, 100000000L, &n)) goto bad_value;
            o.frames = n;
            break;
        case OPT_SEED: {
            char *end;
            errno = 0;
            unsigned long long seed = strtoull(v, &end, 10);
            if (errno || *end || !*v || v[0] == '-') goto bad_value;
            o.seed = seed;
            break;
        }
        case OPT_TODAY:
            if (!cli_number(v, 0, 10000000L, &n)) goto bad_value;
            o.today = n;
            break;
        case OPT_SCALE:
            if (!cli_number(v, 1, 8, &n)) goto bad_value;
            o.scale = (int)n;
            break;
        case OPT_SCREENSHOT: o.screenshot = v; break;
        case OPT_DATA_ROOT: o.data_root = v; break;
        case OPT_REPLAY: o.replay = v; break;
        case OPT_RECORD: o.record = v; break;
        case OPT_LEVEL: o.level = v; break;
        case OPT_DATA_DIR: o.data_dir = v; break;
        case OPT_CHECK:
        case OPT_TEST:
        case OPT_PROGRESS:
            if (o.action == CLI_CHECK || o.action == CLI_TEST || o.action == CLI_PROGRESS)
                return cli_error(o, "--check, --test and --progress cannot be combined", "", "");
            o.action = c == OPT_CHECK ? CLI_CHECK : c == OPT_TEST ? CLI_TEST : CLI_PROGRESS;
            break;
        case OPT_FORMAT:
            if (strcmp(v, "text") == 0) o.format = CLI_FORMAT_TEXT;
            else if (strcmp(v, "csv") == 0) o.format = CLI_FORMAT_CSV;
            else if (strcmp(v, "json") == 0) o.format = CLI_FORMAT_JSON;
            else goto bad_value;
            o.format_given = true;
            break;
        case OPT_RENDERER:
            if (strcmp(v, "software") == 0)
                o.gpu = false;
            else if (strcmp(v, "gpu") == 0)
                o.gpu = true;
            else
                goto bad_value;
            break;
        case ':':
            return cli_error(o, "option '--%s' needs a value", cli_option_name(optopt), "");
        default:
            return cli_refused(o, argv[optind - 1]);
        }
        continue;
    bad_value:
        return cli_error(o, "bad value '%s' for --%s", v ? v : "", cli_option_name(c));
    }
    /* What is left are files and directories, for --check and --test only. */
    if (optind < argc) {
        if (o.action != CLI_CHECK && o.action != CLI_TEST)
            return cli_error(o, "unexpected argument '%s'", argv[optind], "");
        o.paths = &argv[optind];
        o.path_count = argc - optind;
    }
    if ((o.action == CLI_CHECK || o.action == CLI_TEST) && o.path_count == 0)
        return cli_error(o, "%s needs at least one file or directory",
                         o.action == CLI_CHECK ? "--check" : "--test", "");
    if (o.action == CLI_RUN && o.headless && o.frames == 0 && !o.replay) {
        /* A headless run with no end would hang a CI job (a recorded session
         * ends where it ended; main checks that it has an end). */
        return cli_error(o, "--headless needs --frames N", "", "");
    }
    if (o.record && o.replay)
        return cli_error(o, "--record and --replay cannot be combined", "", "");
    if (o.format_given && o.action != CLI_PROGRESS)
        return cli_error(o, "--format goes with --progress", "", "");
    return o;
}

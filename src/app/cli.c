/* cli: a small hand-rolled parser: every option is long-form, values follow
 * as the next argument or after '='. */
#include "cli.h"

#include <errno.h>
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
           "  --headless          run with no window and no audio device\n"
           "  --frames N          stop after N simulation ticks (60 per second)\n"
           "  --screenshot FILE   write the last frame to FILE as PNG\n"
           "  --seed N            seed for everything random (default 1)\n"
           "  --today N           play as if today were day N since 1970-01-01 (spaced\n"
           "                      review; default: the clock's date)\n"
           "  --replay FILE       drive the input from a replay script\n"
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

cli_options cli_parse(int argc, char **argv)
{
    cli_options o;
    memset(&o, 0, sizeof o);
    o.action = CLI_RUN;
    o.seed = 1;
    o.scale = 2;
    o.today = -1;
    for (int i = 1; i < argc; i++) {
        char name[64];
        const char *arg = argv[i];
        if ((o.action == CLI_CHECK || o.action == CLI_TEST) && strncmp(arg, "--", 2) != 0) {
            /* Files and directories for --check / --test, kept in argv order. */
            if (!o.paths) o.paths = &argv[i];
            if (&argv[i] != o.paths + o.path_count) {
                snprintf(o.error, sizeof o.error, "files for %s must follow it together",
                         o.action == CLI_CHECK ? "--check" : "--test");
                o.action = CLI_USAGE_ERROR;
                return o;
            }
            o.path_count++;
            continue;
        }
        const char *value = NULL;
        const char *eq = strchr(arg, '=');
        if (strncmp(arg, "--", 2) != 0 || (eq && (size_t)(eq - arg) >= sizeof name)) {
            snprintf(o.error, sizeof o.error, "unexpected argument '%s'", arg);
            o.action = CLI_USAGE_ERROR;
            return o;
        }
        if (eq) {
            memcpy(name, arg, (size_t)(eq - arg));
            name[eq - arg] = '\0';
            value = eq + 1;
        } else {
            snprintf(name, sizeof name, "%s", arg);
        }
#define FLAG(opt) (strcmp(name, opt) == 0 && !value)
#define TAKES(opt) (strcmp(name, opt) == 0 && (value || (i + 1 < argc && (value = argv[++i]))))
        long n;
        if (FLAG("--help")) {
            o.action = CLI_HELP;
        } else if (FLAG("--version")) {
            o.action = CLI_VERSION;
        } else if (FLAG("--headless")) {
            o.headless = true;
        } else if (FLAG("--print-hash")) {
            o.print_hash = true;
        } else if (FLAG("--fullscreen")) {
            o.fullscreen = true;
        } else if (FLAG("--mute")) {
            o.mute = true;
        } else if (FLAG("--verbose")) {
            o.verbose = true;
        } else if (TAKES("--frames")) {
            if (!cli_number(value, 1, 100000000L, &n)) goto bad_value;
            o.frames = n;
        } else if (TAKES("--seed")) {
            char *end;
            errno = 0;
            unsigned long long s = strtoull(value, &end, 10);
            if (errno || *end || !*value || value[0] == '-') goto bad_value;
            o.seed = s;
        } else if (TAKES("--today")) {
            if (!cli_number(value, 0, 10000000L, &n)) goto bad_value;
            o.today = n;
        } else if (TAKES("--scale")) {
            if (!cli_number(value, 1, 8, &n)) goto bad_value;
            o.scale = (int)n;
        } else if (TAKES("--screenshot")) {
            o.screenshot = value;
        } else if (TAKES("--data-root")) {
            o.data_root = value;
        } else if (TAKES("--replay")) {
            o.replay = value;
        } else if (TAKES("--level")) {
            o.level = value;
        } else if (TAKES("--data-dir")) {
            o.data_dir = value;
        } else if (FLAG("--check") || FLAG("--test")) {
            if (o.action == CLI_CHECK || o.action == CLI_TEST) {
                snprintf(o.error, sizeof o.error, "--check and --test cannot be combined");
                o.action = CLI_USAGE_ERROR;
                return o;
            }
            o.action = strcmp(name, "--check") == 0 ? CLI_CHECK : CLI_TEST;
        } else if (TAKES("--renderer")) {
            if (strcmp(value, "software") == 0)
                o.gpu = false;
            else if (strcmp(value, "gpu") == 0)
                o.gpu = true;
            else
                goto bad_value;
        } else {
            bool known = false;
            static const char *const with_value[] = {"--frames", "--seed", "--scale",
                                                     "--screenshot", "--data-root", "--replay",
                                                     "--renderer", "--level", "--data-dir", "--today"};
            for (size_t k = 0; k < sizeof with_value / sizeof *with_value; k++)
                if (strcmp(name, with_value[k]) == 0) known = true;
            if (known)
                snprintf(o.error, sizeof o.error, "option '%s' needs a value", name);
            else if (value && (strcmp(name, "--help") == 0 || strcmp(name, "--headless") == 0))
                snprintf(o.error, sizeof o.error, "option '%s' takes no value", name);
            else
                snprintf(o.error, sizeof o.error, "unknown option '%s'", name);
            o.action = CLI_USAGE_ERROR;
            return o;
        }
#undef FLAG
#undef TAKES
        continue;
    bad_value:
        snprintf(o.error, sizeof o.error, "bad value '%s' for %s", value ? value : "", name);
        o.action = CLI_USAGE_ERROR;
        return o;
    }
    if ((o.action == CLI_CHECK || o.action == CLI_TEST) && o.path_count == 0) {
        snprintf(o.error, sizeof o.error, "%s needs at least one file or directory",
                 o.action == CLI_CHECK ? "--check" : "--test");
        o.action = CLI_USAGE_ERROR;
        return o;
    }
    if (o.action == CLI_RUN && o.headless && o.frames == 0) {
        /* A headless run with no end would hang a CI job. */
        snprintf(o.error, sizeof o.error, "--headless needs --frames N");
        o.action = CLI_USAGE_ERROR;
    }
    return o;
}

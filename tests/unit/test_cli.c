/* Command-line parsing and its usage errors. */
#include "test_common.h"
#include "cli.h"

#include <string.h>

static cli_options parse(int argc, const char **argv)
{
    return cli_parse(argc, (char **)argv);
}

static void defaults(void **state)
{
    (void)state;
    const char *argv[] = {"skillquest"};
    cli_options o = parse(1, argv);
    assert_int_equal(o.action, CLI_RUN);
    assert_false(o.headless);
    assert_true(o.seed == 1);
    assert_int_equal(o.frames, 0);
    assert_int_equal(o.scale, 2);
    assert_int_equal(o.today, -1); /* the clock's date */
}

static void headless_run_options(void **state)
{
    (void)state;
    const char *argv[] = {"skillquest", "--headless", "--frames", "120", "--seed=42",
                          "--screenshot", "out.png", "--replay", "walk.txt", "--print-hash"};
    cli_options o = parse(10, argv);
    assert_int_equal(o.action, CLI_RUN);
    assert_true(o.headless);
    assert_int_equal(o.frames, 120);
    assert_true(o.seed == 42);
    assert_string_equal(o.screenshot, "out.png");
    assert_string_equal(o.replay, "walk.txt");
    assert_true(o.print_hash);
}

static void help_and_version(void **state)
{
    (void)state;
    const char *h[] = {"skillquest", "--help"};
    assert_int_equal(parse(2, h).action, CLI_HELP);
    const char *v[] = {"skillquest", "--version"};
    assert_int_equal(parse(2, v).action, CLI_VERSION);
    assert_non_null(strstr(cli_usage(), "--headless"));
}

static void author_tools(void **state)
{
    (void)state;
    const char *check[] = {"skillquest", "--check", "a.lua", "levels/"};
    cli_options o = parse(4, check);
    assert_int_equal(o.action, CLI_CHECK);
    assert_int_equal(o.path_count, 2);
    assert_string_equal(o.paths[0], "a.lua");
    assert_string_equal(o.paths[1], "levels/");
    const char *test[] = {"skillquest", "--verbose", "--test", "levels"};
    o = parse(4, test);
    assert_int_equal(o.action, CLI_TEST);
    assert_int_equal(o.path_count, 1);
    assert_true(o.verbose);
    const char *level[] = {"skillquest", "--level", "my.lua", "--data-dir=/tmp/x"};
    o = parse(4, level);
    assert_int_equal(o.action, CLI_RUN);
    assert_string_equal(o.level, "my.lua");
    assert_string_equal(o.data_dir, "/tmp/x");
    const char *day[] = {"skillquest", "--today", "20002"};
    assert_int_equal(parse(3, day).today, 20002);
}

static void progress_report_options(void **state)
{
    (void)state;
    const char *plain[] = {"skillquest", "--progress"};
    cli_options o = parse(2, plain);
    assert_int_equal(o.action, CLI_PROGRESS);
    assert_int_equal(o.format, CLI_FORMAT_TEXT);
    const char *csv[] = {"skillquest", "--progress", "--data-dir", "/tmp/class/ada", "--format", "csv"};
    o = parse(6, csv);
    assert_int_equal(o.action, CLI_PROGRESS);
    assert_int_equal(o.format, CLI_FORMAT_CSV);
    assert_string_equal(o.data_dir, "/tmp/class/ada");
    const char *json[] = {"skillquest", "--format=json", "--progress"};
    assert_int_equal(parse(3, json).format, CLI_FORMAT_JSON);
    const char *yaml[] = {"skillquest", "--progress", "--format", "yaml"};
    o = parse(4, yaml);
    assert_int_equal(o.action, CLI_USAGE_ERROR);
    assert_string_equal(o.error, "bad value 'yaml' for --format");
    const char *alone[] = {"skillquest", "--format", "csv"};
    o = parse(3, alone);
    assert_int_equal(o.action, CLI_USAGE_ERROR);
    assert_string_equal(o.error, "--format goes with --progress");
    const char *both[] = {"skillquest", "--progress", "--check", "x.lua"};
    o = parse(4, both);
    assert_int_equal(o.action, CLI_USAGE_ERROR);
    assert_string_equal(o.error, "--check, --test and --progress cannot be combined");
}

static void usage_errors(void **state)
{
    (void)state;
    struct {
        int argc;
        const char *argv[4];
        const char *message;
    } cases[] = {
        {2, {"sq", "--nope"}, "unknown option '--nope'"},
        {2, {"sq", "--frames"}, "option '--frames' needs a value"},
        {3, {"sq", "--frames", "ten"}, "bad value 'ten' for --frames"},
        {3, {"sq", "--today", "-1"}, "bad value '-1' for --today"},
        {2, {"sq", "--today"}, "option '--today' needs a value"},
        {3, {"sq", "--frames", "0"}, "bad value '0' for --frames"},
        {3, {"sq", "--seed", "-3"}, "bad value '-3' for --seed"},
        {3, {"sq", "--renderer", "vulkan"}, "bad value 'vulkan' for --renderer"},
        {2, {"sq", "level.lua"}, "unexpected argument 'level.lua'"},
        {2, {"sq", "--headless"}, "--headless needs --frames N"},
        {2, {"sq", "--help=yes"}, "option '--help' takes no value"},
        {2, {"sq", "--check"}, "--check needs at least one file or directory"},
        {2, {"sq", "--test"}, "--test needs at least one file or directory"},
        {3, {"sq", "--check", "--test"}, "--check, --test and --progress cannot be combined"},
        {4, {"sq", "--check", "a.lua", "--verbose"}, ""},
        {2, {"sq", "--level"}, "option '--level' needs a value"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cli_options o = parse(cases[i].argc, cases[i].argv);
        if (!cases[i].message[0]) { /* options after the files are still options */
            assert_int_equal(o.action, CLI_CHECK);
            continue;
        }
        assert_int_equal(o.action, CLI_USAGE_ERROR);
        assert_string_equal(o.error, cases[i].message);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults),
        cmocka_unit_test(headless_run_options),
        cmocka_unit_test(help_and_version),
        cmocka_unit_test(author_tools),
        cmocka_unit_test(progress_report_options),
        cmocka_unit_test(usage_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

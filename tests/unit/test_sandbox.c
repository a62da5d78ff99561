/* The sandbox against hostile levels: every file in tests/hostile (and a few
 * written at run time) must end in a clear error within a bounded time, leave
 * no trace on the machine, and leave the game able to load a real level. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* clock_gettime, mkdtemp */
#endif
#include "test_common.h"
#include "level.h"
#include "script.h"
#include "host_stubs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define HOSTILE_DIR SQ_SOURCE_DIR "/tests/hostile"
#define PWNED "/tmp/skillquest_pwned"

/* Tight limits, so a case that is not stopped shows at once: 2 million
 * instructions to load, 200 thousand a tick. Every case is stopped by the
 * instruction budget, which is deterministic; the wall-clock kill switch is
 * set far beyond it, so a slow or busy machine (sanitizers, parallel tests)
 * never changes which limit a case meets. The times are printed, never
 * asserted: a hang shows as the test's own time-out. */
static const scr_limits limits = {16u << 20, 2000000, 200000, 60.0};

/* --- a host that records what it is asked ---------------------------------- */

typedef struct {
    int calls;         /* every host call, reports included */
    int reports;
    int next_id;
    int max_id;        /* 0: 1000 */
    int xp;            /* sq.xp adds up here */
    int says;
    char said[2 * SCR_MAX_PAGE + 8]; /* the last sq.say's first two pages, "|" between */
    char last[2 * SCR_MAX_MESSAGE + 4096];
    scr_level *level;  /* removing an entity forgets it here, as the game does */
} recorder;

static recorder rec;

static int fake_spawn(void *user, const scr_spawn_desc *desc)
{
    (void)user, (void)desc;
    rec.calls++;
    return rec.next_id < (rec.max_id ? rec.max_id : 1000) ? ++rec.next_id : 0;
}
static void fake_remove(void *user, int id)
{
    (void)user;
    rec.calls++;
    if (rec.level) scr_level_forget(rec.level, id);
}
static scr_entity_info fake_entity(void *user, int id)
{
    (void)user;
    rec.calls++;
    return (scr_entity_info){id > 0 && id <= rec.next_id + 1, 1, 1, 16, 16, NULL, NULL};
}
static int fake_player(void *user) { (void)user, rec.calls++; return rec.next_id + 1; }
static void fake_move(void *user, int id, double x, double y) { (void)user, (void)id, (void)x, (void)y, rec.calls++; }
static void fake_velocity(void *user, int id, double vx, double vy) { (void)user, (void)id, (void)vx, (void)vy, rec.calls++; }
static void fake_sprite(void *user, int id, const char *s, int f, int r) { (void)user, (void)id, (void)s, (void)f, (void)r, rec.calls++; }
static void fake_solid(void *user, int id, bool solid) { (void)user, (void)id, (void)solid, rec.calls++; }
static void fake_say(void *user, const char *who, const char *const *pages, int n)
{
    (void)user, (void)who;
    rec.calls++;
    rec.says++;
    snprintf(rec.said, sizeof rec.said, "%s%s%s", pages[0], n > 1 ? "|" : "", n > 1 ? pages[1] : "");
}
static bool fake_ask(void *user, const char *const *ids, int n, const char *t) { (void)user, (void)ids, (void)n, (void)t, rec.calls++; return true; }
static bool fake_grant(void *user, const char *s, const char *n, const char *c, char *w, size_t ws) { (void)user, (void)s, (void)n, (void)c, (void)w, (void)ws, rec.calls++; return true; }
static void fake_xp(void *user, int xp) { (void)user, rec.xp += xp, rec.calls++; }
static bool fake_has_skill(void *user, const char *s) { (void)user, (void)s, rec.calls++; return false; }
static void fake_goal(void *user, const char *t) { (void)user, (void)t, rec.calls++; }
static bool fake_goals_met(void *user) { (void)user, rec.calls++; return false; }
static void fake_hurt(void *user) { (void)user, rec.calls++; }
static void fake_sound(void *user, const char *n) { (void)user, (void)n, rec.calls++; }
static bool fake_hint(void *user) { (void)user, rec.calls++; return false; }
static void fake_complete(void *user) { (void)user, rec.calls++; }
static void fake_fail(void *user, const char *why) { (void)user, (void)why, rec.calls++; }
static void fake_label(void *user, int id, const char *t, bool always) { (void)user, (void)id, (void)t, (void)always, rec.calls++; }
static void fake_quest_status(void *user, const char *q, int *levels, int *won)
{
    (void)user, (void)q, rec.calls++;
    *levels = *won = 0;
}
static bool fake_enter_quest(void *user, const char *q) { (void)user, (void)q, rec.calls++; return false; }
static int fake_reviews_due(void *user) { (void)user, rec.calls++; return 0; }
static int fake_review(void *user, int max) { (void)user, (void)max, rec.calls++; return 0; }
static void fake_report(void *user, const char *message)
{
    (void)user;
    rec.calls++;
    rec.reports++;
    snprintf(rec.last, sizeof rec.last, "%s", message);
}

static const scr_host host = {
    NULL, fake_spawn, fake_remove, fake_entity, fake_player, fake_move, fake_velocity,
    fake_sprite, fake_solid, fake_say, fake_ask, fake_grant, fake_xp, fake_has_skill, fake_goal,
    fake_goals_met, fake_hurt, fake_sound, fake_sound, fake_hint, fake_complete, fake_fail,
    fake_label, fake_quest_status, fake_enter_quest, fake_report, fake_reviews_due, fake_review, HOST_STUBS,
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* --- files written at run time ------------------------------------------- */

static char tmpdir[64];

static void write_file(const char *path, const void *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, size, f), size);
    assert_int_equal(fclose(f), 0);
}

/* 4 KB of fixed pseudo-random bytes, NULs included. */
static void gen_binary_garbage(const char *path)
{
    unsigned char bytes[4096];
    unsigned x = 12345u;
    for (size_t i = 0; i < sizeof bytes; i++) {
        x = x * 1103515245u + 12345u;
        bytes[i] = (unsigned char)(x >> 16);
    }
    bytes[0] = 0x7f, bytes[1] = 'E', bytes[2] = 'L', bytes[3] = 'F'; /* looks like a program */
    write_file(path, bytes, sizeof bytes);
}

/* A valid level whose comments, strings and dialogue are not UTF-8. */
static void gen_invalid_utf8(const char *path)
{
    static const char text[] =
        "-- \xff\xfe Latin-1 caf\xe9, an overlong \xc0\xaf, a lone \x80 continuation\n"
        "return {\n"
        "  format = 1, id = \"hostile.invalid_utf8\", quest = \"web\",\n"
        "  title = \"Caf\xe9 \xed\xa0\x80 \xf8\x88\x80\x80\x80\",\n"
        "  brief = \"\\xff\\xfe\\xc3\",\n"
        "  map = { rows = { \"###\", \"#@#\", \"###\" } },\n"
        "  dialogue = { d = { { \"\xe9\", \"\xff\xff\xff\" } } },\n"
        "  on_update = function(dt) assert(utf8.len(\"\xff\") == nil) end,\n"
        "}\n";
    write_file(path, text, sizeof text - 1);
}

/* A directory where a level file should be. */
static void gen_directory(const char *path)
{
    assert_int_equal(mkdir(path, 0700), 0);
}

static void gen_nothing(const char *path)
{
    (void)path;
}

/* --- the catalogue ----------------------------------------------------------- */

typedef enum {
    LOAD_FAILS,      /* scr_level_load refuses the file */
    START_REPORTS,   /* loads; scr_level_start reports a failed callback */
    UPDATE_REPORTS,  /* loads; the first tick reports a failed callback */
    LOADS,           /* loads and runs without a report */
} outcome;

typedef struct {
    const char *file;
    outcome expect;
    const char *words[3];          /* the message must contain each */
    size_t memory_mb;              /* 0: the limits above */
    void (*generate)(const char *path); /* writes the file into tmpdir first */
    const char *collect_reports;   /* then scr_level_collect reports this */
    uint64_t load_instructions;    /* 0: the limits above */
    uint64_t tick_instructions;
    int xp;                        /* 0, or the XP the level gives in its 4 ticks */
    bool stops;                    /* the report stops the level (its budget) */
} hostile;

#define BUDGET "went over its budget of"
#define LOADING "instructions while loading"
#define TICK "instructions in one tick"
#define NOT_AVAILABLE "not available to levels"
#define C(name, outcome, ...) .file = name, .expect = outcome, .words = {__VA_ARGS__}

static const hostile cases[] = {
    /* time: the budget in instructions */
    {C("loop_top.lua", LOAD_FAILS, ":2:", BUDGET " 2000000", LOADING)},
    {C("loop_update.lua", UPDATE_REPORTS, ":6:", "(in on_update)", BUDGET " 200000 " TICK), .stops = true},
    {C("loop_start.lua", START_REPORTS, ":5:", "(in on_start)", LOADING), .stops = true},
    {C("loop_behaviour.lua", UPDATE_REPORTS, ":11:", "(in spinner.on_update)", TICK), .stops = true},
    {C("loop_timer.lua", UPDATE_REPORTS, ":5:", "(in a timer (sq.after))", TICK), .stops = true},
    {C("loop_pcall.lua", LOAD_FAILS, BUDGET, LOADING)},
    {C("loop_xpcall.lua", LOAD_FAILS, BUDGET, LOADING)},
    {C("loop_coroutine.lua", LOAD_FAILS, BUDGET, LOADING)},
    {C("loop_coroutine_yield.lua", LOAD_FAILS, BUDGET, LOADING)},
    {C("loop_close.lua", LOAD_FAILS, BUDGET, LOADING)},
    {C("loop_wrap_close.lua", LOAD_FAILS, BUDGET, LOADING)},
    {C("loop_close_later.lua", UPDATE_REPORTS, "(on_update is switched off)", "stack overflow"), .collect_reports = "loop_close_later.lua:16: the coroutine was stopped by a limit",
     .tick_instructions = 10000000},
    {C("loop_xpcall_depth.lua", LOAD_FAILS, ":3:", "stack overflow", NULL)},
    {C("redefine_pcall.lua", LOAD_FAILS, BUDGET, LOADING)},
    {C("timer_rearm.lua", LOADS, NULL), .xp = 4},
    {C("budget_timers.lua", UPDATE_REPORTS, ":7:", "(in a timer (sq.after))", TICK), .stops = true},
    {C("gc_finalizer.lua", LOAD_FAILS, ":2:", "__gc finalizers are not available", NULL)},
    {C("gc_added_later.lua", LOADS, NULL)},
    /* long C calls the hook cannot see: priced */
    {C("pattern_find.lua", LOAD_FAILS, ":3:", BUDGET, LOADING)},
    {C("pattern_match.lua", LOAD_FAILS, ":3:", BUDGET, LOADING)},
    {C("pattern_long_literal.lua", LOAD_FAILS, ":5:", BUDGET, LOADING)},
    {C("pattern_backref.lua", UPDATE_REPORTS, "(in on_update)", BUDGET, TICK), .stops = true},
    {C("c_tail.lua", UPDATE_REPORTS, ":14:", "(in grinder.on_update)", TICK), .stops = true},
    {C("rep_empty.lua", LOAD_FAILS, ":2:", BUDGET, LOADING)},
    {C("table_move.lua", LOAD_FAILS, ":2:", "table.move", "elements")},
    {C("table_concat_range.lua", LOAD_FAILS, ":3:", "table.concat", "elements")},
    {C("table_remove_len.lua", LOAD_FAILS, ":3:", "table.remove", "elements")},
    {C("table_insert_len.lua", LOAD_FAILS, ":3:", "table.insert", "elements")},
    {C("table_sort_len.lua", LOAD_FAILS, ":5:", "table.sort", "elements")},
    {C("parser_nesting.lua", LOAD_FAILS, "C stack overflow", NULL, NULL)},
    /* memory */
    {C("mem_table.lua", LOAD_FAILS, "more than 16 MB of memory", NULL, NULL)},
    {C("mem_rep.lua", LOAD_FAILS, ":2:", "string.rep would make a 2147483648-byte string", NULL)},
    {C("mem_rep_sep.lua", LOAD_FAILS, ":2:", "string.rep would make", NULL)},
    {C("mem_concat.lua", LOAD_FAILS, "more than 16 MB of memory", NULL, NULL)},
    {C("mem_concat_op.lua", LOAD_FAILS, "more than 16 MB of memory", NULL, NULL)},
    {C("mem_gc_stopped.lua", LOAD_FAILS, ":2:", "collectgarbage is " NOT_AVAILABLE, NULL)},
    {C("deep_recursion.lua", LOAD_FAILS, ":2:", "stack overflow", NULL)},
    {C("deep_recursion_pcall.lua", LOAD_FAILS, ":4:", "stack overflow", NULL)},
    /* the machine */
    {C("os_execute.lua", LOAD_FAILS, ":2:", "os.execute is " NOT_AVAILABLE, NULL)},
    {C("os_remove.lua", LOAD_FAILS, ":2:", "os.remove is " NOT_AVAILABLE, NULL)},
    {C("io_open.lua", LOAD_FAILS, ":2:", "io.open is " NOT_AVAILABLE, NULL)},
    {C("io_popen.lua", LOAD_FAILS, ":2:", "io.popen is " NOT_AVAILABLE, NULL)},
    {C("require.lua", LOAD_FAILS, ":2:", "require is " NOT_AVAILABLE, NULL)},
    {C("package_loadlib.lua", LOAD_FAILS, ":2:", "package.loadlib is " NOT_AVAILABLE, NULL)},
    {C("dofile.lua", LOAD_FAILS, ":2:", "dofile is " NOT_AVAILABLE, NULL)},
    {C("loadfile.lua", LOAD_FAILS, ":2:", "loadfile is " NOT_AVAILABLE, NULL)},
    {C("debug_getinfo.lua", LOAD_FAILS, ":2:", "debug.getinfo is " NOT_AVAILABLE, NULL)},
    {C("string_dump.lua", LOAD_FAILS, ":2:", "string.dump is " NOT_AVAILABLE, NULL)},
    {C("os_clock.lua", LOAD_FAILS, ":3:", "os.clock is " NOT_AVAILABLE, "sq.time()")},
    {C("load_binary_string.lua", LOAD_FAILS, "binary chunk", NULL, NULL)},
    {C("binary_chunk.lua", LOAD_FAILS, "binary chunk", "Lua source text", NULL)},
    /* what the file holds */
    {C("syntax_error.lua", LOAD_FAILS, "syntax_error.lua:7:", "'}' expected", NULL)},
    {C("returns_number.lua", LOAD_FAILS, "must return a table", "returned a number", NULL)},
    {C("returns_nothing.lua", LOAD_FAILS, "must return a table", "returned nothing", NULL)},
    {C("empty.lua", LOAD_FAILS, "must return a table", "returned nothing", NULL)},
    {C("binary_garbage.lua", LOAD_FAILS, ":1:", NULL, NULL), .generate = gen_binary_garbage},
    {C("invalid_utf8.lua", LOADS, NULL), .generate = gen_invalid_utf8},
    {C("directory.lua", LOAD_FAILS, "cannot read the file", NULL, NULL), .generate = gen_directory},
    {C("missing.lua", LOAD_FAILS, "cannot open the file", NULL, NULL), .generate = gen_nothing},
    {C("map_many_rows.lua", LOAD_FAILS, "map has 100000 rows", "1 to 512", NULL)},
    {C("map_wide_rows.lua", LOAD_FAILS, "40000 characters wide", "1 to 512", NULL)},
    {C("map_tiled_billion.lua", LOAD_FAILS, "40000x25000 tiles", "1 to 512", NULL)},
    {C("map_tiled_isometric.lua", LOAD_FAILS, "isometric", "orthogonal", NULL)},
    {C("map_file_loop.lua", LOAD_FAILS, "loop_top.lua:2:", "map 'loop_top.lua'", LOADING)},
    /* text the API takes, and types */
    {C("say_huge.lua", START_REPORTS, ":6:", "sq.say: page 1 is 26214400 bytes long", "at most 500"), .memory_mb = 64, .load_instructions = 50000000},
    {C("text_bounds.lua", LOADS, NULL), .xp = 1},
    {C("spawn_wrong_type.lua", START_REPORTS, ":6:", "sq.spawn: 'x' must be a number (tiles), not a string")},
    /* errors and metamethods aimed at the host */
    {C("error_tostring.lua", LOAD_FAILS, ":2:", "(a table value)", NULL)},
    {C("error_huge.lua", LOAD_FAILS, "xxxxxxxxxx...", NULL, NULL), .memory_mb = 128, .load_instructions = 50000000},
    {C("error_huge_update.lua", UPDATE_REPORTS, "(on_update is switched off)", ":8: boom boom", "..."), .tick_instructions = 10000000},
    {C("error_odd_table.lua", UPDATE_REPORTS, ":6: (a table value)", "(on_update is switched off)")},
    {C("error_odd_loop.lua", UPDATE_REPORTS, ":6: (a table value)", "(on_update is switched off)")},
    {C("error_odd_coroutine.lua", UPDATE_REPORTS, ":6: (a thread value)", "(on_update is switched off)")},
    {C("error_odd_nil.lua", UPDATE_REPORTS, ":6: (a nil value)", "(on_update is switched off)")},
    {C("error_odd_gsub.lua", UPDATE_REPORTS, ":8: (a table value)", "(on_update is switched off)")},
    {C("metatable_level.lua", UPDATE_REPORTS, ":4:", "(in on_update)", TICK), .stops = true},
    {C("string_metatable.lua", LOADS, NULL)},
};

#define CASE_COUNT (sizeof cases / sizeof *cases)

/* --- the checks ----------------------------------------------------------- */

static void assert_contains(const char *text, const char *word)
{
    if (!strstr(text, word)) fail_msg("expected \"%s\" in: %s", word, text);
}

static void assert_message(const hostile *h, const char *message)
{
    /* Bounded: a level cannot flood the log or the screen. */
    if (strlen(message) > 2 * SCR_MAX_MESSAGE + strlen(HOSTILE_DIR) + strlen(h->file) + 200)
        fail_msg("message of %zu bytes", strlen(message));
    assert_null(strchr(message, '\n'));
    /* Every error a level causes names its file. */
    assert_contains(message, h->file);
    for (int i = 0; i < 3 && h->words[i]; i++) assert_contains(message, h->words[i]);
}


static bool pwned(void)
{
    return access(PWNED, F_OK) == 0;
}

static void tick(scr_level *lv)
{
    scr_level_tick_begin(lv);
    scr_level_update(lv, 1.0 / 60);
}

/* The game goes on: a real level still loads, starts and updates. */
static void assert_healthy(void)
{
    scr_env env = {SQ_SOURCE_DIR, limits, &host, 1, NULL, 0};
    lvl_def def;
    char err[1024];
    int reports = rec.reports;
    scr_level *lv = scr_level_load(SQ_SOURCE_DIR "/levels/office/first_day.lua", &env, &def, err,
                                   sizeof err);
    if (!lv) fail_msg("the first level no longer loads: %s", err);
    rec.level = lv;
    scr_level_start(lv);
    for (int i = 0; i < 3; i++) tick(lv);
    assert_int_equal(rec.reports, reports);
    assert_true(rec.next_id > 0); /* it spawned its objects */
    rec.level = NULL;
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void run_case(void **state)
{
    const hostile *h = *state;
    char path[512];
    if (h->generate) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, h->file);
        h->generate(path);
    } else {
        snprintf(path, sizeof path, "%s/%s", HOSTILE_DIR, h->file);
    }
    unlink(PWNED);
    memset(&rec, 0, sizeof rec);

    scr_env env = {SQ_SOURCE_DIR, limits, &host, 1, NULL, 0};
    if (h->memory_mb) env.limits.memory_bytes = h->memory_mb << 20;
    if (h->load_instructions) env.limits.load_instructions = h->load_instructions;
    if (h->tick_instructions) env.limits.tick_instructions = h->tick_instructions;
    /* A case about the memory cap must be stopped by it, not by the budget:
     * filling 16 MB with small tables takes many instructions. */
    if (h->words[0] && strstr(h->words[0], "MB of memory")) env.limits.load_instructions = 400000000;
    lvl_def def;
    char err[2 * SCR_MAX_MESSAGE + 4096];
    double t0 = now();
    scr_level *lv = scr_level_load(path, &env, &def, err, sizeof err);
    double load_time = now() - t0;
    const char *message = "";
    static char reported[sizeof rec.last];
    double seconds = load_time;

    if (h->expect == LOAD_FAILS) {
        if (lv) fail_msg("%s loaded", h->file);
        message = err;
    } else {
        if (!lv) fail_msg("%s did not load: %s", h->file, err);
        rec.level = lv;
        t0 = now();
        scr_level_start(lv);
        double start_time = now() - t0;
        assert_int_equal(rec.reports, h->expect == START_REPORTS ? 1 : 0);
        t0 = now();
        tick(lv);
        double update_time = now() - t0;
        int reports = h->expect == LOADS ? 0 : 1;
        assert_int_equal(rec.reports, reports);
        seconds = h->expect == START_REPORTS ? start_time : update_time;
        snprintf(reported, sizeof reported, "%s", rec.last);
        message = reported;
        if (h->stops) {
            assert_true(scr_level_stopped(lv));
            assert_contains(message, "the level's scripts are stopped");
        } else {
            assert_false(scr_level_stopped(lv));
        }
        /* The failed callback is off (or the level stopped): the next ticks
         * neither hang nor report. */
        for (int i = 0; i < 3; i++) tick(lv);
        assert_int_equal(rec.reports, reports);
        if (h->xp) assert_int_equal(rec.xp, h->xp);
        if (h->collect_reports) {
            scr_level_tick_begin(lv);
            scr_level_collect(lv, "http");
            assert_int_equal(rec.reports, reports + 1);
            assert_contains(rec.last, h->collect_reports);
        }
        rec.level = NULL;
        scr_level_destroy(lv);
        lvl_free(&def);
    }
    if (h->expect != LOADS) assert_message(h, message);
    print_message("%-26s %6.0f ms  %s\n", h->file, seconds * 1000, message);
    assert_false(pwned());
    assert_healthy();
}

static int make_tmpdir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/skillquest_hostile_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
    (void)state;
    char path[600];
    for (size_t i = 0; i < CASE_COUNT; i++) {
        if (!cases[i].generate) continue;
        snprintf(path, sizeof path, "%s/%s", tmpdir, cases[i].file);
        remove(path);
    }
    return rmdir(tmpdir);
}

int main(int argc, char **argv)
{
    struct CMUnitTest tests[CASE_COUNT];
    char names[CASE_COUNT][64];
    for (size_t i = 0; i < CASE_COUNT; i++) {
        snprintf(names[i], sizeof names[i], "%s%s", cases[i].file,
                 cases[i].memory_mb ? " (larger memory cap)" : "");
        tests[i] = (struct CMUnitTest){names[i], run_case, NULL, NULL, (void *)&cases[i]};
    }
    if (argc > 1) cmocka_set_test_filter(argv[1]); /* e.g. "loop_*" */
    return _cmocka_run_group_tests("hostile levels", tests, CASE_COUNT, make_tmpdir,
                                   remove_tmpdir);
}

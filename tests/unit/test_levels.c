/* Level files and Tiled maps: every encoding Tiled writes, the refusals, the
 * inline map's autotiling, and hot reload keeping the player in place. */
#include "test_common.h"
#include "game.h"
#include "level.h"
#include "script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TILED SQ_SOURCE_DIR "/tests/data/tiled/"

static scr_env check_env(void)
{
    return (scr_env){SQ_SOURCE_DIR, scr_default_limits(), NULL, 0, NULL, 0};
}

static scr_level *load(const char *path, lvl_def *def, char *err, size_t size)
{
    scr_env env = check_env();
    return scr_level_load(path, &env, def, err, size);
}

static void tiled_encodings_decode_alike(void **state)
{
    (void)state;
    static const char *const variants[] = {"office_lua.lua", "office_base64.lua",
                                           "office_zlib.lua", "office_gzip.lua"};
    lvl_def first;
    char err[600];
    scr_level *lv0 = load(TILED "office_lua.lua", &first, err, sizeof err);
    assert_non_null(lv0);
    assert_int_equal(first.map.width, 30);
    assert_int_equal(first.map.height, 20);
    assert_int_equal(first.map.layer_count, 3);
    assert_true(first.bare_map);
    int flipped = 0, solid = 0;
    for (int i = 0; i < 30 * 20; i++) {
        for (int l = 0; l < 3; l++)
            flipped += (first.map.layers[l][i] & (LVL_FLIP_H | LVL_FLIP_V | LVL_FLIP_D)) != 0;
        solid += first.map.solid[i];
    }
    assert_true(flipped > 0); /* the flip bits survive decoding */
    assert_true(solid > 60);  /* walls (layer property) and props (tile property) */
    for (size_t v = 1; v < sizeof variants / sizeof *variants; v++) {
        char path[512];
        snprintf(path, sizeof path, TILED "%s", variants[v]);
        lvl_def def;
        scr_level *lv = load(path, &def, err, sizeof err);
        assert_non_null(lv);
        for (int l = 0; l < 3; l++)
            assert_memory_equal(def.map.layers[l], first.map.layers[l], 30 * 20 * sizeof(uint32_t));
        assert_memory_equal(def.map.solid, first.map.solid, 30 * 20);
        scr_level_destroy(lv);
        lvl_free(&def);
    }
    scr_level_destroy(lv0);
    lvl_free(&first);
}

static void tiled_objects_carry_types_and_properties(void **state)
{
    (void)state;
    lvl_def def;
    char err[600];
    scr_level *lv = load(TILED "office_zlib.lua", &def, err, sizeof err);
    assert_non_null(lv);
    const lvl_object *ada = lvl_object_find(&def, "npc", "Ada");
    assert_non_null(ada);
    assert_string_equal(lvl_prop_string(ada, "dialogue", ""), "intro");
    assert_int_equal(ada->x / LVL_TILE, 4);
    assert_int_equal(ada->y / LVL_TILE, 14);
    const lvl_object *bug = lvl_object_find(&def, "bug", NULL);
    assert_non_null(bug);
    assert_true(lvl_prop_number(bug, "speed", 0) == 40.0);
    assert_non_null(lvl_object_find(&def, "gate", NULL));
    assert_non_null(lvl_object_find(&def, "start", NULL));
    assert_int_equal(def.map.tileset_count, 1);
    assert_non_null(strstr(def.map.tilesets[0].image, "office_tiles.png"));
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void expect_refusal(const char *file, const char *const *words)
{
    lvl_def def;
    char err[600];
    char path[512];
    snprintf(path, sizeof path, TILED "%s", file);
    scr_level *lv = load(path, &def, err, sizeof err);
    assert_null(lv);
    for (; *words; words++) {
        if (!strstr(err, *words)) fail_msg("'%s' lacks '%s'", err, *words);
    }
}

static void tiled_refusals_say_why(void **state)
{
    (void)state;
    /* zstd layers and external .tsx tilesets load now (test_tiled_maps.c). */
    expect_refusal("iso.lua", (const char *const[]){"isometric", "orthogonal", NULL});
}

static char tmp_dir[256];

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char *const small_level =
    "return {\n"
    "  format = 1, id = \"t.small\", quest = \"web\", title = \"%s\",\n"
    "  map = { rows = {\n"
    "    \"#########\",\n"
    "    \"#@......#\",\n"
    "    \"#.......#\",\n"
    "    \"#########\",\n"
    "  } },\n"
    "}\n";

static void inline_map_autotiles(void **state)
{
    (void)state;
    char path[300], text[1024];
    snprintf(path, sizeof path, "%s/small.lua", tmp_dir);
    snprintf(text, sizeof text, small_level, "Small");
    write_file(path, text);
    lvl_def def;
    char err[600];
    scr_level *lv = load(path, &def, err, sizeof err);
    assert_non_null(lv);
    assert_int_equal(def.map.width, 9);
    assert_int_equal(def.map.height, 4);
    /* The top wall shows its face (floor below), the bottom wall its top. */
    const lvl_tileset *ts = &def.map.tilesets[0];
    uint32_t top = def.map.layers[0][0 * 9 + 3], bottom = def.map.layers[0][3 * 9 + 3];
    assert_string_equal(ts->names[top - 1], "wall_face");
    assert_string_equal(ts->names[bottom - 1], "wall_top");
    assert_true(def.map.solid[0] && !def.map.solid[1 * 9 + 3]);
    /* Floor under a wall face gets its shadow on the second layer. */
    assert_string_equal(ts->names[def.map.layers[1][1 * 9 + 3] - 1], "floor_shadow");
    assert_non_null(lvl_object_find(&def, "start", NULL));
    scr_level_destroy(lv);
    lvl_free(&def);
}

static void map_paths_stay_inside_the_level_folder(void **state)
{
    (void)state;
    char path[300];
    snprintf(path, sizeof path, "%s/escape.lua", tmp_dir);
    write_file(path, "return { format = 1, id = 'x', quest = 'web', title = 'x',\n"
                     "  map = '../../etc/passwd.lua' }\n");
    lvl_def def;
    char err[600];
    assert_null(load(path, &def, err, sizeof err));
    assert_non_null(strstr(err, "relative path inside the level's folder"));
}

static ren_atlas atlas;

static void hot_reload_keeps_the_player_and_survives_errors(void **state)
{
    (void)state;
    assert_true(ren_atlas_load(&atlas, SQ_SOURCE_DIR "/assets/gen/atlas.txt"));
    char path[300], text[1024];
    snprintf(path, sizeof path, "%s/reload.lua", tmp_dir);
    snprintf(text, sizeof text, small_level, "Before");
    write_file(path, text);
    game_config cfg = {1, SQ_SOURCE_DIR, path, true, NULL, NULL, NULL, NULL, &atlas, 20000, NULL, 0, NULL, 0, false};
    game *g = game_create(&cfg);
    assert_non_null(g);
    in_frame enter = {IN_BIT(IN_CONFIRM), IN_BIT(IN_CONFIRM), 0}, none = {0};
    game_tick_actions(g, &enter); /* close the brief */
    game_tick_actions(g, &none);
    in_frame right = {IN_BIT(IN_RIGHT), 0, 0};
    for (int i = 0; i < 40; i++) game_tick_actions(g, &right);
    float x0, y0;
    assert_true(game_player_position(g, &x0, &y0));
    assert_true(x0 > 60.0f);

    /* A saved change: the level is rebuilt, the player stays. */
    snprintf(text, sizeof text, small_level, "After");
    write_file(path, text);
    game_reload(g);
    float x1, y1;
    assert_true(game_player_position(g, &x1, &y1));
    assert_true(x1 == x0 && y1 == y0);
    assert_null(game_last_error(g));

    /* A broken save: the last good version keeps running and the error shows. */
    write_file(path, "return {\n  format = 1,\n  id = = 'broken'\n}\n");
    game_reload(g);
    assert_non_null(game_last_error(g));
    assert_non_null(strstr(game_last_error(g), "reload.lua:3:"));
    for (int i = 0; i < 10; i++) game_tick_actions(g, &right);
    float x2, y2;
    assert_true(game_player_position(g, &x2, &y2));
    assert_true(x2 > x1); /* still playing */

    game_destroy(g);
    ren_atlas_free(&atlas);
}

static int make_tmp(void **state)
{
    (void)state;
    snprintf(tmp_dir, sizeof tmp_dir, "/tmp/sq_levels_%d", (int)getpid());
    char cmd[300];
    snprintf(cmd, sizeof cmd, "mkdir -p %s", tmp_dir);
    return system(cmd) == 0 ? 0 : -1;
}

static int remove_tmp(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmp_dir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tiled_encodings_decode_alike),
        cmocka_unit_test(tiled_objects_carry_types_and_properties),
        cmocka_unit_test(tiled_refusals_say_why),
        cmocka_unit_test(inline_map_autotiles),
        cmocka_unit_test(map_paths_stay_inside_the_level_folder),
        cmocka_unit_test(hot_reload_keeps_the_player_and_survives_errors),
    };
    return cmocka_run_group_tests(tests, make_tmp, remove_tmp);
}

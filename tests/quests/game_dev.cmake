# The Game Development quest's own tests (levels/game_dev/): its golden image,
# the BRICKS cabinet mid-play, with the right tile-map loader and hit test in
# place and the ball breaking the wall (tests/quests/screens/game_dev_bricks.replay).
add_test(NAME screen_quest_game_dev_bricks
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden game_dev_bricks --level ${PROJECT_SOURCE_DIR}/levels/game_dev/02_bricks.lua)

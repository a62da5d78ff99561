# The Internet of Things quest's own tests (levels/iot/): its golden image, the
# broker shed mid-play, with readings flying from a bed to the broker and on
# to the Logger (tests/quests/screens/iot_broker.replay).
add_test(NAME screen_quest_iot_broker
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden iot_broker --level ${PROJECT_SOURCE_DIR}/levels/iot/03_broker_shed.lua)

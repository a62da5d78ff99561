<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_mechanics" tilewidth="16" tileheight="16" tilecount="26" columns="8">
 <image source="skillquest_mechanics.png" width="128" height="64"/>
 <tile id="0">
  <properties>
   <property name="name" value="token_crate_red"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="token_card_red"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="token_chip_red"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="token_crate_blue"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="token_card_blue"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="token_chip_blue"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="token_crate_green"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="token_card_green"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="token_chip_green"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="token_crate_yellow"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="token_card_yellow"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="token_chip_yellow"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="slot"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="slot_lit"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="lever_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="lever_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="lamp_off"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="lamp_green"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="lamp_amber"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="lamp_red"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="board"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="robot_down_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="parcel"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="message_orb_0"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="door_locked"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="door_open"/>
  </properties>
 </tile>
</tileset>

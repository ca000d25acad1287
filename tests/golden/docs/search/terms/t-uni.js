sitrepSearchData("terms/t-uni",{"united":"z-zg2xXF22yVFk2TwfhBXzo8ELC52xGL32yyCf8Sk2","units":"Cx_u8zDSn8GONhg"});

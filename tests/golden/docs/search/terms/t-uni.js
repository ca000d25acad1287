sitrepSearchData("terms/t-uni",{"united":"z-zg2xXF22yVFk2COA78CKF5hywZ02xGL32yyCf8Sk2","units":"Cx_u8HPBagzZ-a8"});

sitrepSearchData("terms/t-uaw",{"uaweapons":"_XNm6"});

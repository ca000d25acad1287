sitrepSearchData("terms/t-upd",{"updated":"RPzi8"});

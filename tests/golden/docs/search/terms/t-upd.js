sitrepSearchData("terms/t-upd",{"updated":"FFSl8"});

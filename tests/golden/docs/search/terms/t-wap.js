sitrepSearchData("terms/t-wap",{"wapo":"FyMp6"});

sitrepSearchData("terms/t-too",{"too":"QNXdg","tools":"RPzi8"});

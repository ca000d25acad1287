sitrepSearchData("terms/t-und",{"under":"QNXdg"});

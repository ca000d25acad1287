sitrepSearchData("terms/t-old",{"older":"QNXdg"});

sitrepSearchData("terms/t-wil",{"willing":"QNXdg"});

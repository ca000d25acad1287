sitrepSearchData("terms/t-alr",{"already":"QNXdg"});

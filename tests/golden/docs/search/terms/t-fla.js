sitrepSearchData("terms/t-fla",{"flag":"QNXdg"});

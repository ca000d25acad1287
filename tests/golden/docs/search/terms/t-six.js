sitrepSearchData("terms/t-six",{"six":"QNXdg"});

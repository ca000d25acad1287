sitrepSearchData("terms/t-onl",{"only":"QNXdg"});

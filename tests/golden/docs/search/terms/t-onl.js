sitrepSearchData("terms/t-onl",{"only":"HPMig"});

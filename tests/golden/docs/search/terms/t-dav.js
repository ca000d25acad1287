sitrepSearchData("terms/t-dav",{"david":"AA92","davis":"FFSlx8PLyi6","davos":"QJ_ja"});

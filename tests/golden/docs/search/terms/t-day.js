sitrepSearchData("terms/t-day",{"days":"QNXdgxxE58"});

sitrepSearchData("terms/x-d180d184",{"рф":"DAP12"});

sitrepSearchData("terms/x-d182d180d0b0",{"трамп":"y-To6"});

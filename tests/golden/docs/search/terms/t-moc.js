sitrepSearchData("terms/t-moc",{"mockery":"NRB88"});

sitrepSearchData("terms/t-bot",{"botched":"NRB88","both":"NRB88zZ-axgz-O38"});

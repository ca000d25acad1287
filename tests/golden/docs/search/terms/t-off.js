sitrepSearchData("terms/t-off",{"off":"QNXd8xxE5g","offensive":"NRB88yYS5gxxE5g","offensives":"RPzig","offered":"QNXd8","office":"EOS6aFyL28CKQl2","official":"RPzig","officials":"QNXd8xxE5o"});

sitrepSearchData("terms/t-off",{"off":"FFSlgyFVt8","offensive":"FFSlgyFVtgEETk8","offensives":"FFSlg","offered":"HPMi8","office":"EOS6aHFO08ADNn2","official":"FFSlg","officials":"FFSloyFVt8"});
